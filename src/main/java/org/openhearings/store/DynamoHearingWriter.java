package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.domain.Correction;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Publication;
import org.openhearings.domain.Withdrawal;
import org.openhearings.export.BulkExport;
import org.openhearings.hashing.Sha256;
import org.openhearings.search.SearchText;
import org.openhearings.stats.Contribution;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a record, its index entries and the change it makes to the aggregates (statistics cells, facet
 * counts, the bulk files' pending years) in one transaction, guarded by the revision it read: a reader never sees a record without its
 * list entries or its counts, and a write costs the same whatever the number of records stored. The SDK's
 * retries of one transaction carry the same client token, so DynamoDB applies it once; a new ingest run
 * (a record withdrawn and ingested again) has a token of its own. Its free-text search entries, one per
 * term and too many for one transaction, follow it ({@link SearchIndexWriter}).
 */
@Singleton
public class DynamoHearingWriter implements HearingWriter {

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final HearingItemMapper mapper;
    private final StatsCountStore stats;
    private final FacetCountStore facetCounts;
    private final PendingBulkYears pendingBulkYears;
    private final SearchIndexWriter search;

    public DynamoHearingWriter(DynamoDbClient dynamo, DynamoSettings settings, HearingItemMapper mapper,
                               StatsCountStore stats, FacetCountStore facetCounts, PendingBulkYears pendingBulkYears,
                               SearchIndexWriter search) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.mapper = mapper;
        this.stats = stats;
        this.facetCounts = facetCounts;
        this.pendingBulkYears = pendingBulkYears;
        this.search = search;
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
                        HearingItemMapper.CHANGE_SORT_KEY, HearingItemMapper.DOC, HearingItemMapper.SEARCH_TERMS,
                        HearingItemMapper.SEARCH_REVISION, HearingItemMapper.SEARCH_STALE)))
                .item();
        boolean exists = old != null && !old.isEmpty();
        if (exists && contentHash.equals(old.get(HearingItemMapper.CONTENT_HASH).s())) {
            if (!old.get(HearingItemMapper.REVISION).equals(old.get(HearingItemMapper.SEARCH_REVISION))) {
                // A run stopped before the search entries were complete, or a record stored before search and the
                // list by officer count existed: both written again (idempotent puts).
                Hearing stored = mapper.hearing(old);
                Set<String> storedFacets = Set.copyOf(old.get(HearingItemMapper.FACETS).ss());
                dynamo.putItem(p -> p.tableName(settings.table()).item(mapper.officerEntry(stored, storedFacets)));
                search.write(stored, storedFacets, SearchText.of(stored), strings(old, HearingItemMapper.SEARCH_STALE));
            }
            return Outcome.UNCHANGED;
        }
        int previousRevision = exists ? Integer.parseInt(old.get(HearingItemMapper.REVISION).n()) : 0;
        Instant firstPublished = exists ? Instant.parse(old.get(HearingItemMapper.FIRST_PUBLISHED).s()) : now;
        List<Correction> corrections = new ArrayList<>();
        Hearing before = exists ? mapper.hearing(old) : null;
        if (exists) {
            corrections.addAll(before.publication() == null ? List.of() : before.publication().corrections());
            corrections.add(new Correction(now, previousRevision + 1, mapper.changedFields(before, hearing), correctionReason));
        }
        Hearing published = hearing.withPublication(new Publication(firstPublished, now, previousRevision + 1, corrections));
        Set<String> facets = Facets.of(published);
        SearchText text = SearchText.of(published);
        String newSortKey = TableLayout.indexSortKey(published.outcomeDate(), published.id());
        Set<String> stale = new TreeSet<>(strings(old, HearingItemMapper.SEARCH_STALE));
        if (exists) {
            String oldSortKey = old.get(HearingItemMapper.INDEX_SORT_KEY).s();
            strings(old, HearingItemMapper.SEARCH_TERMS).stream().filter(t -> !text.terms().contains(t) || !oldSortKey.equals(newSortKey))
                    .forEach(t -> stale.add(TableLayout.searchEntryName(t, oldSortKey)));
        }
        Map<String, AttributeValue> record = mapper.hearingItem(published, contentHash, facets);
        record.put(HearingItemMapper.SEARCH_TERMS, AttributeValue.fromSs(List.copyOf(text.terms())));
        if (!stale.isEmpty()) {
            record.put(HearingItemMapper.SEARCH_STALE, AttributeValue.fromSs(List.copyOf(stale)));
        }

        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> guard = Map.of(":rev", AttributeValue.fromN(Integer.toString(previousRevision)));
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(settings.table())
                .item(record)
                .conditionExpression(exists ? "revision = :rev" : "attribute_not_exists(PK)")
                .expressionAttributeValues(exists ? guard : null)).build());
        for (Map<String, AttributeValue> entry : mapper.listEntries(published, facets)) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(settings.table()).item(entry)).build());
        }
        if (exists) {
            // The feed keeps one entry per hearing: its latest change.
            writes.add(delete(TableLayout.key(TableLayout.CHANGES, old.get(HearingItemMapper.CHANGE_SORT_KEY).s())));
            String oldSortKey = old.get(HearingItemMapper.INDEX_SORT_KEY).s();
            for (String facet : old.get(HearingItemMapper.FACETS).ss()) {
                if (!facets.contains(facet) || !oldSortKey.equals(newSortKey)) {
                    writes.add(delete(TableLayout.indexKey(facet, oldSortKey)));
                }
            }
            if (!HearingItemMapper.officerKey(before).equals(HearingItemMapper.officerKey(published))) {
                writes.add(delete(HearingItemMapper.officerKey(before)));
            }
        }
        writes.addAll(aggregates(before, published, now));
        // Same token only for the SDK's own retries of this call: the table, the record, its revision and this ingest's time.
        String token = Sha256.hex(String.join("\n", settings.table(), hearing.id(), contentHash, Integer.toString(previousRevision),
                now.toString()).getBytes(StandardCharsets.UTF_8));
        dynamo.transactWriteItems(t -> t.transactItems(writes).clientRequestToken(token.substring(0, 36)));
        search.write(published, facets, text, stale);
        return exists ? Outcome.UPDATED : Outcome.CREATED;
    }

    @Override
    public boolean remove(String id, String reason, Instant now) {
        Map<String, AttributeValue> old = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.hearingKey(id)).consistentRead(true)
                .projectionExpression(String.join(",", HearingItemMapper.FACETS, HearingItemMapper.INDEX_SORT_KEY,
                        HearingItemMapper.CHANGE_SORT_KEY, HearingItemMapper.FIRST_PUBLISHED, HearingItemMapper.DOC,
                        HearingItemMapper.SEARCH_TERMS, HearingItemMapper.SEARCH_STALE))).item();
        if (old == null || old.isEmpty()) {
            return false;
        }
        // The search entries go first, the record last: a withdrawal stopped between them leaves the record
        // unmarked, so ingesting it again (or the withdrawal again) completes one or the other.
        search.unmark(id);
        Set<String> entries = new TreeSet<>(strings(old, HearingItemMapper.SEARCH_STALE));
        strings(old, HearingItemMapper.SEARCH_TERMS).forEach(t -> entries.add(TableLayout.searchEntryName(t, old.get(HearingItemMapper.INDEX_SORT_KEY).s())));
        search.delete(entries);
        Hearing removed = mapper.hearing(old);
        List<TransactWriteItem> deletes = new ArrayList<>();
        deletes.add(delete(TableLayout.hearingKey(id)));
        for (String facet : old.get(HearingItemMapper.FACETS).ss()) {
            deletes.add(delete(TableLayout.indexKey(facet, old.get(HearingItemMapper.INDEX_SORT_KEY).s())));
        }
        deletes.add(delete(HearingItemMapper.officerKey(removed)));
        deletes.add(delete(TableLayout.key(TableLayout.CHANGES, old.get(HearingItemMapper.CHANGE_SORT_KEY).s())));
        deletes.add(delete(TableLayout.key(TableLayout.PUBLISHED,
                TableLayout.timeSortKey(Instant.parse(old.get(HearingItemMapper.FIRST_PUBLISHED).s()), id))));
        for (Map<String, AttributeValue> entry : mapper.withdrawalEntries(new Withdrawal(id, now, reason))) {
            deletes.add(TransactWriteItem.builder().put(p -> p.tableName(settings.table()).item(entry)).build());
        }
        deletes.addAll(aggregates(removed, null, now));
        dynamo.transactWriteItems(t -> t.transactItems(deletes));
        return true;
    }

    /**
     * The statistics cells' and facet counts' changes when {@code before} becomes {@code after} (either may
     * be none), and the mark on the years whose bulk files now need rebuilding.
     */
    private List<TransactWriteItem> aggregates(Hearing before, Hearing after, Instant now) {
        List<TransactWriteItem> updates = new ArrayList<>(stats.updates(Contribution.delta(before, after), now));
        Map<String, Long> facets = new HashMap<>();
        if (before != null) {
            Facets.of(before).forEach(f -> facets.merge(f, -1L, Long::sum));
        }
        if (after != null) {
            Facets.of(after).forEach(f -> facets.merge(f, 1L, Long::sum));
        }
        TransactWriteItem facetUpdate = facetCounts.update(facets);
        if (facetUpdate != null) {
            updates.add(facetUpdate);
        }
        Set<String> years = new TreeSet<>();
        Stream.of(before, after).filter(Objects::nonNull).forEach(h -> years.add(BulkExport.partition(h)));
        updates.add(pendingBulkYears.mark(years));
        return updates;
    }

    private static List<String> strings(Map<String, AttributeValue> item, String attribute) {
        return item == null || !item.containsKey(attribute) ? List.of() : item.get(attribute).ss();
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(d -> d.tableName(settings.table()).key(key)).build();
    }
}
