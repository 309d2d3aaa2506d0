package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.domain.Correction;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Withdrawal;
import org.openhearings.domain.Publication;
import org.openhearings.stats.StatsSnapshotBuilder;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a record and its index entries in one transaction (a reader never sees a record without its
 * list entries, or stale entries after a revision), guarded by the revision it read.
 */
@Singleton
public class DynamoHearingWriter implements HearingWriter {

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final HearingItemMapper mapper;
    private final StatsStore stats;
    private final FacetCountStore facetCounts;
    private final DynamoHearingReader reader;

    public DynamoHearingWriter(DynamoDbClient dynamo, DynamoSettings settings, HearingItemMapper mapper,
                               StatsStore stats, FacetCountStore facetCounts, DynamoHearingReader reader) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.mapper = mapper;
        this.stats = stats;
        this.facetCounts = facetCounts;
        this.reader = reader;
    }

    @Override
    public Outcome save(Hearing hearing, String contentHash, String correctionReason, Instant now) {
        try {
            return write(hearing, contentHash, correctionReason, now);
        } catch (SdkException e) {
            throw new RecordNotStoredException(e.getClass().getSimpleName());
        }
    }

    private Outcome write(Hearing hearing, String contentHash, String correctionReason, Instant now) {
        Map<String, AttributeValue> old = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.hearingKey(hearing.id())).consistentRead(true)
                .projectionExpression(String.join(",", HearingItemMapper.CONTENT_HASH, HearingItemMapper.REVISION,
                        HearingItemMapper.FIRST_PUBLISHED, HearingItemMapper.FACETS, HearingItemMapper.INDEX_SORT_KEY,
                        HearingItemMapper.CHANGE_SORT_KEY, HearingItemMapper.DOC)))
                .item();
        boolean exists = old != null && !old.isEmpty();
        if (exists && contentHash.equals(old.get(HearingItemMapper.CONTENT_HASH).s())) {
            return Outcome.UNCHANGED;
        }
        int previousRevision = exists ? Integer.parseInt(old.get(HearingItemMapper.REVISION).n()) : 0;
        Instant firstPublished = exists ? Instant.parse(old.get(HearingItemMapper.FIRST_PUBLISHED).s()) : now;
        List<Correction> corrections = new ArrayList<>();
        if (exists) {
            Hearing before = mapper.hearing(old);
            corrections.addAll(before.publication() == null ? List.of() : before.publication().corrections());
            corrections.add(new Correction(now, previousRevision + 1, mapper.changedFields(before, hearing), correctionReason));
        }
        Hearing published = hearing.withPublication(new Publication(firstPublished, now, previousRevision + 1, corrections));
        Set<String> facets = Facets.of(published);

        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> guard = Map.of(":rev", AttributeValue.fromN(Integer.toString(previousRevision)));
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(settings.table())
                .item(mapper.hearingItem(published, contentHash, facets))
                .conditionExpression(exists ? "revision = :rev" : "attribute_not_exists(PK)")
                .expressionAttributeValues(exists ? guard : null)).build());
        for (Map<String, AttributeValue> entry : mapper.listEntries(published, facets)) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(settings.table()).item(entry)).build());
        }
        if (exists) {
            // The feed keeps one entry per hearing: its latest change.
            writes.add(delete(TableLayout.key(TableLayout.CHANGES, old.get(HearingItemMapper.CHANGE_SORT_KEY).s())));
            String newSortKey = TableLayout.indexSortKey(published.outcomeDate(), published.id());
            String oldSortKey = old.get(HearingItemMapper.INDEX_SORT_KEY).s();
            for (String facet : old.get(HearingItemMapper.FACETS).ss()) {
                if (!facets.contains(facet) || !oldSortKey.equals(newSortKey)) {
                    writes.add(delete(TableLayout.indexKey(facet, oldSortKey)));
                }
            }
        }
        dynamo.transactWriteItems(t -> t.transactItems(writes));
        return exists ? Outcome.UPDATED : Outcome.CREATED;
    }

    @Override
    public boolean remove(String id, String reason, Instant now) {
        Map<String, AttributeValue> old = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.hearingKey(id)).consistentRead(true)
                .projectionExpression(String.join(",", HearingItemMapper.FACETS, HearingItemMapper.INDEX_SORT_KEY,
                        HearingItemMapper.CHANGE_SORT_KEY, HearingItemMapper.FIRST_PUBLISHED))).item();
        if (old == null || old.isEmpty()) {
            return false;
        }
        List<TransactWriteItem> deletes = new ArrayList<>();
        deletes.add(delete(TableLayout.hearingKey(id)));
        for (String facet : old.get(HearingItemMapper.FACETS).ss()) {
            deletes.add(delete(TableLayout.indexKey(facet, old.get(HearingItemMapper.INDEX_SORT_KEY).s())));
        }
        deletes.add(delete(TableLayout.key(TableLayout.CHANGES, old.get(HearingItemMapper.CHANGE_SORT_KEY).s())));
        deletes.add(delete(TableLayout.key(TableLayout.PUBLISHED,
                TableLayout.timeSortKey(Instant.parse(old.get(HearingItemMapper.FIRST_PUBLISHED).s()), id))));
        for (Map<String, AttributeValue> entry : mapper.withdrawalEntries(new Withdrawal(id, now, reason))) {
            deletes.add(TransactWriteItem.builder().put(p -> p.tableName(settings.table()).item(entry)).build());
        }
        dynamo.transactWriteItems(t -> t.transactItems(deletes));
        return true;
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(d -> d.tableName(settings.table()).key(key)).build();
    }

    /**
     * Reads every record through the "all" index partition and batch gets: O(records), so it runs in
     * ingest, once per batch, never on a request path.
     */
    @Override
    public List<Hearing> rebuildAggregates(Instant now) {
        List<Hearing> all = new ArrayList<>();
        StatsSnapshotBuilder snapshot = new StatsSnapshotBuilder();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = dynamo.query(q -> q.tableName(settings.table())
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.indexPartition(TableLayout.ALL))))
                    .projectionExpression("SK").exclusiveStartKey(from));
            List<String> ids = page.items().stream().map(i -> i.get(TableLayout.SK).s().split("#", 2)[1]).toList();
            for (int i = 0; i < ids.size(); i += DynamoHearingReader.BATCH_GET_LIMIT) {
                for (Hearing h : reader.findAll(ids.subList(i, Math.min(ids.size(), i + DynamoHearingReader.BATCH_GET_LIMIT)))) {
                    all.add(h);
                    snapshot.add(h);
                    Facets.of(h).forEach(f -> counts.merge(f, 1L, Long::sum));
                }
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        stats.save(snapshot.build(now));
        facetCounts.save(counts);
        return all;
    }
}
