package org.openhearings.ingest;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.local.SampleData;
import org.openhearings.search.SearchText;
import org.openhearings.store.AggregateRecount;
import org.openhearings.store.DynamoRequestCounter;
import org.openhearings.store.DynamoSettings;
import org.openhearings.testing.IsolatedApp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aggregates change by each write's delta: the recount agrees with them after ingest, revision and
 * withdrawal, finds a corrupted count and repairs it; and writing a record costs the same number of
 * DynamoDB requests whatever the number of records stored.
 */
class AggregatesTest {
    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    private static String recount(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RecountCommand.run(APP.context(), args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + " " + out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void theRecountAgreesFindsACorruptedCountAndRepairsIt() throws Exception {
        JsonMapper json = APP.json();
        APP.ingest("seed.json", new String(SampleData.seedCase().content(), StandardCharsets.UTF_8));
        APP.ingest("generated.json", new String(SampleData.generated(json, 60, 5).content(), StandardCharsets.UTF_8));
        APP.ingest("revised.json", new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replaceFirst("\"DISMISSED_WITHOUT_NOTICE\"", "\"FINAL_WRITTEN_WARNING\""));
        APP.ingest("withdrawn.json", "{\"withdrawn\": true, \"source\": {\"url\": \"https://example.org/generated/5/hearing-3\"}}");

        AggregateRecount.Result clean = APP.context().getBean(AggregateRecount.class).run(false);
        String overview = APP.http().get("/api/v1/stats").body();
        assertTrue(overview.contains("\"hearings\":" + clean.records() + ","), overview);
        assertTrue(clean.records() >= 60);
        assertEquals(List.of(), clean.differences());
        assertTrue(clean.cells() > 8);

        DynamoDbClient dynamo = APP.context().getBean(DynamoDbClient.class);
        String table = APP.context().getBean(DynamoSettings.class).table();
        dynamo.updateItem(u -> u.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("STATS#all#ALL"), "SK", AttributeValue.fromS("YEAR#all")))
                .updateExpression("ADD #t :n").expressionAttributeNames(Map.of("#t", "o.total"))
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN("7"))));
        String found = recount();
        assertTrue(found.startsWith("1 "), found);
        assertTrue(found.contains("cell all/ALL/all"), found);

        assertTrue(recount("--repair").startsWith("0 "));
        assertTrue(recount().contains("\"differences\":[]"), "repaired");
        assertEquals(overview, APP.http().get("/api/v1/stats").body(), "the figures are back as they were");
    }

    @Test
    void aWriteCostsTheSameRequestsAtAnyTableSize() {
        DynamoRequestCounter counter = APP.context().getBean(DynamoRequestCounter.class);
        JsonMapper json = APP.json();
        Map<String, Long> small = requestsToWrite(counter, json, 11);
        APP.ingest("many.json", new String(SampleData.generated(json, 300, 12).content(), StandardCharsets.UTF_8));
        Map<String, Long> large = requestsToWrite(counter, json, 13);
        // Search entries go in batches of 25 per record: their number follows each record's own words, not the table.
        long searchBatchesAtMost = 10L * ((SearchText.MAX_TERMS + 24) / 25);
        for (Map<String, Long> cost : List.of(small, large)) {
            long batches = cost.getOrDefault("BatchWriteItem", 0L);
            assertTrue(batches >= 10 && batches <= searchBatchesAtMost, cost.toString());
        }
        small.remove("BatchWriteItem");
        large.remove("BatchWriteItem");
        assertEquals(Map.of("GetItem", 10L, "TransactWriteItems", 10L, "UpdateItem", 10L), small,
                "per record: read the stored version, one transaction, then mark its search entries complete");
        assertEquals(small, large, "requests to write 10 records beside few, and beside 300 more");
    }

    /** Every DynamoDB request of ingesting 10 new records, by operation (the bulk files are the scheduled rebuild's, measured apart). */
    private static Map<String, Long> requestsToWrite(DynamoRequestCounter counter, JsonMapper json, long seed) {
        counter.reset();
        APP.context().getBean(IngestService.class).ingest(List.of(SampleData.generated(json, 10, seed)));
        return new HashMap<>(counter.byOperation());
    }
}
