package org.openhearings.search;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.testing.TestIds;
import org.openhearings.ingest.IngestReport;
import org.openhearings.local.SampleData;
import org.openhearings.store.DynamoSettings;
import org.openhearings.testing.IsolatedApp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search entries (and the entry by officer count) follow the record through revision, a new hearing
 * date, withdrawal and a run stopped between its transaction and its entries; and no name is ever searchable.
 */
class SearchIndexTest {
    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();
    private static final String URL = "https://emergency-services.news/two-met-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/";
    private static final String ID = TestIds.forSource(URL, null);

    private static List<String> search(String q) throws IOException {
        return list("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static List<String> list(String query) throws IOException {
        var response = APP.http().get("/api/v1/hearings?" + query);
        assertEquals(200, response.statusCode(), response.body());
        List<String> ids = new ArrayList<>();
        APP.json().readValue(response.body(), JsonNode.class).get("items").values().forEach(i -> ids.add(i.get("id").getStringValue()));
        return ids;
    }

    /** The search entries stored for the seed (a test may scan; the service never does). */
    private static List<Map<String, AttributeValue>> entries() {
        DynamoDbClient dynamo = APP.context().getBean(DynamoDbClient.class);
        return dynamo.scanPaginator(s -> s.tableName(APP.context().getBean(DynamoSettings.class).table())).items().stream()
                .filter(i -> i.get("PK").s().startsWith("TERM#") && i.get("SK").s().endsWith(ID)).toList();
    }

    private static String seed() {
        return new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
    }

    @Test
    void entriesFollowRevisionsDatesAndWithdrawalAndNamesAreNeverFound() throws IOException {
        assertEquals(1, APP.ingest("seed.json", seed()).created());
        assertEquals(List.of(ID), search("WhatsApp"));
        assertEquals(List.of(ID), search("\"highly offensive messages\" bexley"));
        for (String name : List.of("Rees", "Selway", "Glynn", "Savell", "Jenner", "Francisco", "\"Luke Allen\"")) {
            assertEquals(List.of(), search(name), name + " was redacted, so it is in no search entry");
        }
        int terms = entries().size();
        assertTrue(terms > 50, terms + " entries");

        String revised = seed().replace("WhatsApp", "Signal")
                .replace("\"conductPeriod\"", "\"hearingDates\": [\"2023-10-02\"], \"conductPeriod\"")
                .replace("\"generated\": false", "\"generated\": false, \"correction\": \"The group was on Signal\"");
        IngestReport report = APP.ingest("revised.json", revised);
        assertEquals(1, report.updated(), report.rejected().toString());
        assertEquals(List.of(), search("whatsapp"), "a word the record no longer holds");
        assertEquals(List.of(ID), search("signal group"));
        assertTrue(entries().stream().allMatch(e -> e.get("SK").s().startsWith("2023-10-02#")), "entries under the old date are gone");
        assertTrue(entries().stream().noneMatch(e -> e.get("PK").s().equals("TERM#whatsapp")));
        assertEquals(List.of(ID), list("sort=-officerCount"), "its entry by officer count moved with the date, not copied");

        // A run stopped after its transaction: an entry missing and the record not marked complete.
        DynamoDbClient dynamo = APP.context().getBean(DynamoDbClient.class);
        String table = APP.context().getBean(DynamoSettings.class).table();
        Map<String, AttributeValue> signal = entries().stream().filter(e -> e.get("PK").s().equals("TERM#signal")).findFirst().orElseThrow();
        dynamo.deleteItem(d -> d.tableName(table).key(Map.of("PK", signal.get("PK"), "SK", signal.get("SK"))));
        dynamo.updateItem(u -> u.tableName(table).key(Map.of("PK", AttributeValue.fromS("HEARING#" + ID), "SK", AttributeValue.fromS("RECORD")))
                .updateExpression("REMOVE searchRevision"));
        // ... or a record stored before search and the list by officer count existed: no entry there either.
        Map<String, AttributeValue> byOfficers = dynamo.scanPaginator(s -> s.tableName(table)).items().stream()
                .filter(i -> i.get("PK").s().equals("BY_OFFICERS") && i.get("SK").s().endsWith(ID)).findFirst().orElseThrow();
        dynamo.deleteItem(d -> d.tableName(table).key(Map.of("PK", byOfficers.get("PK"), "SK", byOfficers.get("SK"))));
        assertEquals(List.of(), search("signal"));
        assertEquals(List.of(), list("sort=-officerCount"));
        assertEquals(1, APP.ingest("again.json", revised).unchanged());
        assertEquals(List.of(ID), search("signal"), "ingesting the same record again completes its entries");
        assertEquals(List.of(ID), list("sort=-officerCount"), "and its entry by officer count");

        IngestReport withdrawn = APP.ingest("withdrawn.json", "{\"withdrawn\": true, \"source\": {\"url\": \"" + URL
                + "\"}, \"reason\": \"Published in error\"}");
        assertEquals(1, withdrawn.removed(), withdrawn.rejected().toString());
        assertEquals(List.of(), search("signal"));
        assertEquals(List.of(), entries(), "a withdrawn record leaves no search entry");
        assertEquals(List.of(), list("sort=officerCount"));
    }
}
