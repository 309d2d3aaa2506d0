package org.openhearings.store;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Publication;
import org.openhearings.export.BulkExport;
import org.openhearings.hashing.Sha256;
import org.openhearings.search.SearchText;
import org.openhearings.stats.Contribution;
import org.openhearings.stats.StatsCell;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scale run's loader for its larger sizes (never a request path, test class path only): new hearings
 * written straight to the table as the ingest writer would write them (the same mapper, facets, index,
 * search and feed entries, counts and bulk marks), but items in batches of 25 and a load's counts summed in memory
 * and added once per cell. DynamoDB Local takes ~30 ms per ingest transaction, which would make 10⁵
 * hearings a 50-minute load; ingest's own cost is measured apart, through the real path. It sits in the
 * store's package for the mapper's and count stores' package-private writes.
 */
public final class DirectLoad {
    /** Counts per UpdateItem: an update expression may take at most 4 KB. */
    private static final int COUNTS_PER_UPDATE = 150;

    private DirectLoad() {
    }

    public static void write(ApplicationContext app, List<Hearing> hearings, Instant now) {
        DynamoDbClient dynamo = app.getBean(DynamoDbClient.class);
        String table = app.getBean(DynamoSettings.class).table();
        HearingItemMapper mapper = app.getBean(HearingItemMapper.class);
        JsonMapper json = app.getBean(JsonMapper.class);
        List<WriteRequest> puts = new ArrayList<>();
        Map<StatsCell, Map<String, Long>> counts = new HashMap<>();
        Map<String, Long> facetCounts = new HashMap<>();
        Set<String> years = new TreeSet<>();
        for (Hearing hearing : hearings) {
            Hearing published = hearing.withPublication(new Publication(now, now, 1, List.of()));
            Set<String> facets = Facets.of(published);
            SearchText text = SearchText.of(published);
            Map<String, AttributeValue> record = mapper.hearingItem(published, Sha256.hex(bytes(json, hearing)), facets);
            record.put(HearingItemMapper.SEARCH_TERMS, AttributeValue.fromSs(List.copyOf(text.terms())));
            record.put(HearingItemMapper.SEARCH_REVISION, AttributeValue.fromN("1")); // its search entries are written below
            puts.add(put(record));
            mapper.listEntries(published, facets).forEach(entry -> puts.add(put(entry)));
            mapper.searchEntries(published, facets, text).forEach(entry -> puts.add(put(entry)));
            Contribution.add(counts, published, 1);
            facets.forEach(f -> facetCounts.merge(f, 1L, Long::sum));
            years.add(BulkExport.partition(published));
        }
        BatchWrites.write(dynamo, table, puts);
        counts.forEach((cell, cellCounts) -> {
            List<Map.Entry<String, Long>> entries = new ArrayList<>(cellCounts.entrySet());
            for (int from = 0; from < entries.size(); from += COUNTS_PER_UPDATE) {
                Map<String, Long> part = new HashMap<>();
                entries.subList(from, Math.min(entries.size(), from + COUNTS_PER_UPDATE)).forEach(e -> part.put(e.getKey(), e.getValue()));
                app.getBean(StatsCountStore.class).updates(Map.of(cell, part), now).forEach(update -> apply(dynamo, update));
            }
        });
        apply(dynamo, app.getBean(FacetCountStore.class).update(facetCounts));
        apply(dynamo, app.getBean(PendingBulkYears.class).mark(years));
    }

    private static void apply(DynamoDbClient dynamo, TransactWriteItem update) {
        dynamo.transactWriteItems(t -> t.transactItems(update));
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    private static byte[] bytes(JsonMapper json, Hearing hearing) {
        try {
            return json.writeValueAsBytes(hearing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
