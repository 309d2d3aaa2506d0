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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A source that leaves facts out: no hearing date, an officer without rank or status. The record is
 * taken as it is and every channel says "not stated" (null, an empty cell, the words) instead of a guess.
 */
class NotStatedTest {
    private static final String URL = "https://example.org/not-stated";

    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    @Test
    void whatTheSourceDoesNotSayIsPublishedAsNotStated() throws IOException {
        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("{\"name\": \"Glynn Rees\", \"rank\": \"CONSTABLE\", \"status\": \"SERVING\",", "{\"name\": \"Glynn Rees\",")
                .replace("https://emergency-services.news/two-met-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/", URL);
        int rankedBefore = rankedOfficers();
        IngestReport report = APP.ingest("not-stated.json", raw);
        assertEquals(1, report.created(), report.rejected().toString());
        String id = TestIds.forSource(URL, null);

        JsonNode hearing = APP.json().readValue(APP.http().get("/api/v1/hearings/" + id).body(), JsonNode.class);
        assertEquals(0, hearing.get("hearingDates").size());
        assertTrue(hearing.get("officers").get(0).get("rank").isNull());
        assertTrue(hearing.get("officers").get(0).get("status").isNull());

        String page = APP.http().get("/hearings/" + id).body();
        assertTrue(page.contains("Not stated in the source"), "hearing date");
        assertTrue(page.split("Not stated", -1).length - 1 >= 3, "hearing date, rank and status say not stated");

        String csv = APP.http().get("/api/v1/hearings/" + id + "?format=csv").body();
        String firstRow = csv.lines().skip(1).findFirst().orElseThrow();
        assertTrue(firstRow.contains(",,"), "empty cells, not guesses: " + firstRow);

        assertEquals(rankedBefore + 7, rankedOfficers(), "the officer without a rank is counted under none");
        assertTrue(APP.http().get("/api/v1/hearings?from=2000-01-01").body().contains("\"items\":[]"),
                "a hearing without a date is in no date range");
        assertTrue(APP.http().get("/api/v1/hearings?rank=CONSTABLE").body().contains(id), "the other officers still count");
    }

    private static int rankedOfficers() throws IOException {
        JsonNode ranks = APP.json().readValue(APP.http().get("/api/v1/stats/officers/rank").body(), JsonNode.class);
        return ranks.get("total").getIntValue();
    }

    @Test
    void oneArticleReportingTwoHearingsGivesTwoStableRecords() throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        String article = "https://example.org/two-hearings";
        String first = seed.replace("\"url\": \"https://emergency-services.news/two-met-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/\"",
                "\"url\": \"" + article + "\", \"part\": \"1\"")
                .replace("\"conductPeriod\": {\"from\": \"2016-05\", \"to\": \"2018-06\"},", "\"conductDate\": \"2017-02-14\",");
        String second = first.replace("\"part\": \"1\"", "\"part\": \"2\"")
                .replace("\"conductDate\": \"2017-02-14\",", "");
        IngestReport report = APP.ingest("two.json", "[" + first + "," + second + "]");
        assertEquals(2, report.created(), report.rejected().toString());
        String one = TestIds.forSource(article, "1");
        String two = TestIds.forSource(article, "2");
        assertTrue(!one.equals(two));
        assertEquals(2, APP.ingest("two-again.json", "[" + first + "," + second + "]").unchanged(), "ids are stable");

        String firstPage = APP.http().get("/hearings/" + one).body();
        assertTrue(firstPage.contains("14 February 2017</span> Period of the conduct"), "a single conduct date is one date");
        assertTrue(APP.http().get("/hearings/" + two).body().contains("Date not stated</span> The conduct"));

        IngestReport withdrawn = APP.ingest("withdraw.json",
                "{\"withdrawn\": true, \"source\": {\"url\": \"" + article + "\", \"part\": \"2\"}}");
        assertEquals(1, withdrawn.removed());
        assertEquals(404, APP.http().get("/api/v1/hearings/" + two).statusCode());
        assertEquals(200, APP.http().get("/api/v1/hearings/" + one).statusCode());
    }

    @Test
    void everyTimingFigureSaysHowManyCasesLackedItsDates() throws IOException {
        JsonNode timings = APP.json().readValue(APP.http().get("/api/v1/stats/timings").body(), JsonNode.class);
        int records = timings.get("records").getIntValue();
        assertTrue(records > 0);
        for (JsonNode interval : timings.get("groups").get(0).get("intervals").values()) {
            int lacking = interval.get("lackingDates").getIntValue();
            int cases = interval.get("cases").getIntValue();
            assertEquals(records, cases + lacking, interval.toString());
        }
    }

    @Test
    void anOutcomesTermsArePublishedWhereTheSourceStatesThem() throws IOException {
        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("https://emergency-services.news/two-met", "https://example.org/terms")
                .replaceFirst("\"outcome\": \"DISMISSED_WITHOUT_NOTICE\", \"barredList\": true",
                        "\"outcome\": \"FINAL_WRITTEN_WARNING\", \"warningMonths\": 24, \"barredList\": false")
                .replaceFirst("\"outcome\": \"DISMISSED_WITHOUT_NOTICE\", \"barredList\": true",
                        "\"outcome\": \"REDUCTION_IN_RANK\", \"reducedTo\": \"SPECIAL_CONSTABLE\", \"barredList\": false");
        IngestReport report = APP.ingest("terms.json", raw);
        assertEquals(1, report.created(), report.rejected().toString());
        String id = TestIds.forSource("https://example.org/terms-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/", null);
        JsonNode officers = APP.json().readValue(APP.http().get("/api/v1/hearings/" + id).body(), JsonNode.class).get("officers");
        assertEquals(24, officers.get(0).get("outcomeTerms").get("warningMonths").getIntValue());
        assertEquals("SPECIAL_CONSTABLE", officers.get(1).get("outcomeTerms").get("reducedTo").getStringValue());
        assertTrue(officers.get(2).get("outcomeTerms").isNull(), "none stated, none published");
        String page = APP.http().get("/hearings/" + id).body();
        assertTrue(page.contains("Final written warning, 2 years"), "the page says how long");

        String wrong = raw.replace("https://example.org/terms", "https://example.org/terms-wrong")
                .replace("\"outcome\": \"FINAL_WRITTEN_WARNING\", \"warningMonths\": 24", "\"outcome\": \"MANAGEMENT_ADVICE\", \"warningMonths\": 24");
        IngestReport refused = APP.ingest("wrong.json", wrong);
        assertEquals("officers[0].warningMonths", refused.rejected().get(0).field(), refused.rejected().toString());
    }

    @Test
    void aHearingGivenByItsEndAndLengthOrByItsMonthIsPublishedAsGiven() throws IOException {
        String seed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8);
        String ended = seed.replace("https://emergency-services.news/two-met", "https://example.org/ended")
                .replace("\"hearingType\": \"MISCONDUCT_HEARING\",", "\"hearingType\": \"MISCONDUCT_HEARING\", \"hearingEnded\": \"2023-10-05\", \"hearingDays\": 4,");
        String month = seed.replace("https://emergency-services.news/two-met", "https://example.org/month")
                .replace("\"hearingType\": \"MISCONDUCT_HEARING\",", "\"hearingType\": \"MISCONDUCT_HEARING\", \"hearingEnded\": \"2023-11\",");
        IngestReport report = APP.ingest("ended.json", "[" + ended + "," + month + "]");
        assertEquals(2, report.created(), report.rejected().toString());
        String tail = "-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/";
        String endedId = TestIds.forSource("https://example.org/ended" + tail, null);
        String monthId = TestIds.forSource("https://example.org/month" + tail, null);

        JsonNode hearing = APP.json().readValue(APP.http().get("/api/v1/hearings/" + endedId).body(), JsonNode.class);
        assertEquals("2023-10-05", hearing.get("hearingEnded").getStringValue());
        assertEquals(4, hearing.get("hearingDays").getIntValue());
        assertEquals(0, hearing.get("hearingDates").size(), "no invented days");
        assertTrue(APP.http().get("/hearings/" + endedId).body().contains("5 October 2023</time> (4 days)"));
        assertTrue(APP.http().get("/hearings/" + monthId).body().contains(">November 2023</time>"));

        JsonNode list = APP.json().readValue(APP.http().get("/api/v1/hearings?from=2023-10-01&to=2023-11-30").body(), JsonNode.class);
        assertEquals(List.of(monthId, endedId), ids(list), "newest first; a month counts from its first day");
        assertEquals("2023-11", list.get("items").get(0).get("hearingDate").getStringValue());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }
}
