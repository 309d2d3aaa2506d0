package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.domain.Hearing;
import org.openhearings.search.SearchText;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The free-text search entries of a record, written after its transaction: one per term, too many for a
 * transaction's 100 items. The record says how far they got: the transaction stores the entries still to
 * delete ({@code searchStale}) and drops {@code searchRevision}; once every entry is put and every stale one
 * deleted, {@link #complete} sets {@code searchRevision} to the record's revision. Ingest of an unchanged
 * record whose mark is missing (a run stopped in between) writes them again, so a stopped run loses nothing.
 */
@Singleton
class SearchIndexWriter {
    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final HearingItemMapper mapper;

    SearchIndexWriter(DynamoDbClient dynamo, DynamoSettings settings, HearingItemMapper mapper) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.mapper = mapper;
    }

    /** Puts the record's entries, deletes the stale ones, then marks the record's search entries complete. */
    void write(Hearing published, Set<String> facets, SearchText text, Collection<String> stale) {
        List<WriteRequest> writes = new ArrayList<>();
        mapper.searchEntries(published, facets, text).forEach(item -> writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build()));
        stale.forEach(name -> writes.add(deleteRequest(name)));
        BatchWrites.write(dynamo, settings.table(), writes);
        complete(published.id(), published.publication().revision());
    }

    /** Deletes entries by name (a withdrawal's), after {@link #unmark}: a withdrawal stopped half-way is repaired by ingest. */
    void delete(Collection<String> names) {
        BatchWrites.write(dynamo, settings.table(), names.stream().map(SearchIndexWriter::deleteRequest).toList());
    }

    void unmark(String id) {
        dynamo.updateItem(u -> u.tableName(settings.table()).key(TableLayout.hearingKey(id))
                .updateExpression("REMOVE " + HearingItemMapper.SEARCH_REVISION)
                .conditionExpression("attribute_exists(PK)"));
    }

    private void complete(String id, int revision) {
        try {
            dynamo.updateItem(u -> u.tableName(settings.table()).key(TableLayout.hearingKey(id))
                    .updateExpression("SET #done = :rev REMOVE #stale")
                    .conditionExpression("#rev = :rev")
                    .expressionAttributeNames(Map.of("#done", HearingItemMapper.SEARCH_REVISION, "#stale", HearingItemMapper.SEARCH_STALE,
                            "#rev", HearingItemMapper.REVISION))
                    .expressionAttributeValues(Map.of(":rev", AttributeValue.fromN(Integer.toString(revision)))));
        } catch (ConditionalCheckFailedException e) {
            // A newer revision was written meanwhile: its own run completes (and marks) its entries.
        }
    }

    private static WriteRequest deleteRequest(String name) {
        return WriteRequest.builder().deleteRequest(d -> d.key(TableLayout.searchKeyNamed(name))).build();
    }
}
