package org.openhearings.api;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.testing.TestIds;
import org.openhearings.ingest.IngestReport;
import org.openhearings.local.SampleData;
import org.openhearings.testing.IsolatedApp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A revision says what it changed and why: in the record, on its page and in the change list. */
class CorrectionsTest {
    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    @Test
    void aRevisionIsLoggedWithTheFieldsItChangedAndTheReasonGiven() throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        assertEquals(1, APP.ingest("seed.json", seed).created());
        String revised = seed.replaceFirst("\"outcome\": \"DISMISSED_WITHOUT_NOTICE\", \"barredList\": true",
                        "\"outcome\": \"FINAL_WRITTEN_WARNING\", \"barredList\": false")
                .replace("\"generated\": false", "\"generated\": false, \"correction\": \"Appeal allowed: PC Glynn Rees's outcome reduced\"");
        IngestReport report = APP.ingest("revised.json", revised);
        assertEquals(1, report.updated(), report.rejected().toString());

        String id = TestIds.forSource("https://emergency-services.news/two-met-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/", null);
        String body = APP.http().get("/api/v1/hearings/" + id).body();
        JsonNode corrections = APP.json().readValue(body, JsonNode.class).get("publication").get("corrections");
        assertEquals(1, corrections.size());
        assertEquals(2, corrections.get(0).get("revision").getIntValue());
        assertEquals(List.of("officers[0].outcome", "officers[0].barredList"), texts(corrections.get(0).get("fieldsChanged")));
        assertEquals("Appeal allowed: Officer A's outcome reduced", corrections.get(0).get("reason").getStringValue());
        assertTrue(!body.contains("Rees"), "the reason is anonymised");

        assertTrue(APP.http().get("/hearings/" + id).body().contains("changed officers[0].outcome, officers[0].barredList. Reason given: Appeal allowed"));
        JsonNode changes = APP.json().readValue(APP.http().get("/api/v1/changes").body(), JsonNode.class);
        JsonNode entry = changes.get("items").get(0);
        assertEquals(id, entry.get("id").getStringValue());
        assertEquals(2, entry.get("lastCorrection").get("revision").getIntValue());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }

    @Test
    void aWithdrawalIsAnnouncedInTheChangeListWithItsReason() throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("https://emergency-services.news/two-met", "https://example.org/withdrawn");
        String url = "https://example.org/withdrawn-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/";
        assertEquals(1, APP.ingest("w.json", seed).created());
        IngestReport named = APP.ingest("w1.json", "{\"withdrawn\": true, \"source\": {\"url\": \"" + url
                + "\"}, \"reason\": \"Sergeant Okafor asked for it\"}");
        assertEquals("reason", named.rejected().get(0).field(), "a reason that names someone is refused");
        assertTrue(!named.rejected().toString().contains("Okafor"));

        IngestReport withdrawn = APP.ingest("w2.json", "{\"withdrawn\": true, \"source\": {\"url\": \"" + url
                + "\"}, \"reason\": \"Published in error: the hearing was adjourned\"}");
        assertEquals(1, withdrawn.removed(), withdrawn.rejected().toString());
        JsonNode changes = APP.json().readValue(APP.http().get("/api/v1/changes?limit=100").body(), JsonNode.class);
        JsonNode last = changes.get("withdrawals").get(changes.get("withdrawals").size() - 1);
        assertEquals(TestIds.forSource(url, null), last.get("id").getStringValue());
        assertEquals("Published in error: the hearing was adjourned", last.get("reason").getStringValue());
        String feed = APP.http().get("/api/v1/feed.atom").body();
        assertTrue(feed.contains("<title>Withdrawn: hearing " + TestIds.forSource(url, null) + "</title>"), feed);
        assertTrue(feed.contains("This record was withdrawn: Published in error"), feed);
    }
}
