package org.openhearings.local;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.PartialDate;
import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;
import org.openhearings.search.SearchQuery;
import org.openhearings.search.SearchText;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.NameSearch;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API as a user reaches it: HTTP against the local run's server, data in DynamoDB Local. */
class LocalServerApiTest {
    private static HttpTestClient http;
    private static JsonMapper json;
    private static List<Hearing> everyHearing;

    @BeforeAll
    static void start() throws IOException {
        http = LocalServer.client();
        json = TestStack.loadedApp().getBean(JsonMapper.class);
        everyHearing = new ArrayList<>();
        for (String id : walk("/api/v1/hearings?limit=100")) {
            everyHearing.add(json.readValue(http.get("/api/v1/hearings/" + id).body(), Hearing.class));
        }
    }

    /** Follows "next" links to the end; returns the ids in the order served. */
    private static List<String> walk(String first) throws IOException {
        List<String> ids = new ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> response = http.get(next);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode body = json.readValue(response.body(), JsonNode.class);
            body.get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
            JsonNode link = body.get("next");
            next = link == null || link.isNull() ? null : link.getStringValue();
        }
        return ids;
    }

    @Test
    void pagingVisitsEveryHearingOnceNewestFirstWithUndatedOnesLast() {
        assertEquals(1 + SampleData.GENERATED_COUNT, everyHearing.size());
        assertEquals(everyHearing.size(), new HashSet<>(everyHearing.stream().map(Hearing::id).toList()).size());
        List<PartialDate> dates = everyHearing.stream().map(Hearing::outcomeDate).toList();
        assertEquals(dates.stream().sorted(Comparator.nullsLast(Comparator.reverseOrder())).toList(), dates);
        assertEquals(null, dates.get(dates.size() - 1), "the seed case states no hearing date");
    }

    @Test
    void oldestFirstVisitsEveryHearingOnceWithUndatedOnesStillLast() throws IOException {
        List<String> served = walk("/api/v1/hearings?sort=hearingDate&limit=7");
        assertEquals(everyHearing.size(), served.size());
        assertEquals(everyHearing.stream().map(Hearing::id).collect(Collectors.toSet()), Set.copyOf(served));
        Map<String, Hearing> byId = everyHearing.stream().collect(Collectors.toMap(Hearing::id, h -> h));
        List<PartialDate> dates = served.stream().map(id -> byId.get(id).outcomeDate()).toList();
        assertEquals(dates.stream().sorted(Comparator.nullsLast(Comparator.comparing(PartialDate::earliest))).map(d -> d == null ? null : d.earliest()).toList(),
                dates.stream().map(d -> d == null ? null : d.earliest()).toList(), "dates ascending, then the undated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=9", "outcome=DISMISSED_WITHOUT_NOTICE&limit=4", "force=KENT,ESSEX,METROPOLITAN&generated=true&limit=3",
            "from=2023-01-01&to=2024-12-31&limit=6", "category=DISHONESTY&limit=5", "force=NORFOLK&limit=2"})
    void byForceIsEachForceAToZNewestFirstWithin(String query) throws IOException {
        HearingFilter filter = filterOf(query);
        List<String> newestFirst = walk("/api/v1/hearings?" + query);
        assertEquals(everyHearing.stream().filter(filter::matches).map(Hearing::id).collect(Collectors.toSet()), Set.copyOf(newestFirst));
        Map<String, Hearing> byId = everyHearing.stream().collect(Collectors.toMap(Hearing::id, h -> h));
        List<String> expected = newestFirst.stream().sorted(Comparator.comparing(id -> byId.get(id).force().name())).toList();
        assertEquals(expected, walk("/api/v1/hearings?sort=force&" + query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=11", "outcome=DISMISSED_WITHOUT_NOTICE&limit=4", "force=KENT,ESSEX&from=2022-01-01&limit=3",
            "to=2023-06-30&generated=true&limit=7", "from=2024-01-01&to=2024-12-31&category=MISUSE_OF_SYSTEMS&limit=2"})
    void byOfficerCountIsMostFirstThenNewestOrTheReverse(String query) throws IOException {
        HearingFilter filter = filterOf(query);
        Comparator<Hearing> fewestFirst = Comparator.comparingInt(Hearing::officerCount)
                .thenComparing(h -> (h.outcomeDate() == null ? "0000-00-00" : h.outcomeDate().earliest().toString()) + "#" + h.id());
        List<String> expected = everyHearing.stream().filter(filter::matches).sorted(fewestFirst.reversed()).map(Hearing::id).toList();
        assertFalse(expected.isEmpty(), query);
        assertEquals(expected, walk("/api/v1/hearings?sort=-officerCount&" + query));
        List<String> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, walk("/api/v1/hearings?sort=officerCount&" + query));
    }

    @Test
    void sortsOtherThanByDateAreRefusedWithASearch() throws IOException {
        for (String sort : List.of("force", "-officerCount")) {
            HttpResponse<String> response = http.get("/api/v1/hearings?q=whatsapp&sort=" + sort);
            assertEquals(400, response.statusCode());
            assertTrue(response.body().contains("cannot be combined with q"), response.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"force=KENT&from=2021-01-01", "outcome=DISMISSED_WITHOUT_NOTICE,WOULD_HAVE_BEEN_DISMISSED&to=2024-06-30",
            "generated=true&from=2020-01-01&to=2025-12-31"})
    void oldestFirstIsNewestFirstReversed(String query) throws IOException {
        List<String> newest = walk("/api/v1/hearings?limit=5&" + query);
        List<String> oldest = new ArrayList<>(walk("/api/v1/hearings?limit=5&sort=hearingDate&" + query));
        java.util.Collections.reverse(oldest);
        assertFalse(newest.isEmpty());
        assertEquals(newest, oldest);
        assertEquals(newest, walk("/api/v1/hearings?limit=5&sort=-hearingDate&" + query), "-hearingDate is the default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"force=METROPOLITAN", "force=KENT&limit=3", "outcome=WOULD_HAVE_BEEN_DISMISSED&limit=7",
            "finding=NOT_PROVEN&rank=SERGEANT", "standard=HONESTY_INTEGRITY&from=2020-01-01&to=2022-12-31",
            "status=RETIRED", "serving=false&barredList=true&limit=5", "type=MISCONDUCT_MEETING&standard=USE_OF_FORCE",
            "rank=CHIEF_INSPECTOR&outcome=DISMISSED_WITHOUT_NOTICE", "from=2025-06-01", "generated=false",
            "generated=true&force=KENT", "from=2024-01-01&to=2024-12-31&generated=true",
            "force=KENT,ESSEX&limit=4", "force=KENT&force=ESSEX&limit=4", "outcome=DISMISSED_WITHOUT_NOTICE,WOULD_HAVE_BEEN_DISMISSED&force=METROPOLITAN",
            "rank=SERGEANT,INSPECTOR&generated=true&from=2022-01-01", "force=KENT,ESSEX,SUSSEX&outcome=FINAL_WRITTEN_WARNING,DISMISSED_WITHOUT_NOTICE",
            "category=SEXUAL_MISCONDUCT", "category=DISHONESTY,USE_OF_FORCE&generated=true&limit=6",
            "category=DISCRIMINATION&outcome=DISMISSED_WITHOUT_NOTICE&force=METROPOLITAN",
            "q=whatsapp", "q=Excessive+FORCE&limit=4", "q=%22inappropriate+relationship%22&force=KENT,ESSEX,SUSSEX,SURREY",
            "q=%22relationship+inappropriate%22", "q=drink&category=DRINK_OR_DRUGS&generated=true", "q=statements+dishonest&from=2022-01-01",
            "q=group+chat,+messages&outcome=DISMISSED_WITHOUT_NOTICE&limit=3", "q=caf%C3%A9+officers"})
    void everyFilteredListHoldsExactlyTheMatchingHearings(String query) throws IOException {
        HearingFilter filter = filterOf(query);
        String text = Arrays.stream(query.split("&")).filter(p -> p.startsWith("q=")).findFirst()
                .map(p -> URLDecoder.decode(p.substring(2), StandardCharsets.UTF_8)).orElse(null);
        List<String> expected = everyHearing.stream().filter(filter::matches)
                .filter(h -> text == null || SearchQuery.parse(text).matches(SearchText.of(h))).map(Hearing::id).toList();

        List<String> served = walk("/api/v1/hearings?" + query);

        assertEquals(expected, served);
    }

    /** The filter a query means, built independently of the API's own parameter parsing. */
    private static HearingFilter filterOf(String query) {
        Set<Force> force = new HashSet<>();
        Set<org.openhearings.domain.HearingType> type = new HashSet<>();
        Set<ConductCategory> category = new HashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        Set<Outcome> outcome = new HashSet<>();
        Set<Finding> finding = new HashSet<>();
        Set<Standard> standard = new HashSet<>();
        Set<Rank> rank = new HashSet<>();
        Set<OfficerStatus> status = new HashSet<>();
        Boolean serving = null;
        Boolean barred = null;
        Boolean generated = null;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            if (kv[0].equals("q")) {
                continue; // free text: matched by the search package's own analysis
            }
            for (String v : kv[1].split(",")) {
                switch (kv[0]) {
                    case "force" -> force.add(Force.valueOf(v));
                    case "type" -> type.add(org.openhearings.domain.HearingType.valueOf(v));
                    case "category" -> category.add(ConductCategory.valueOf(v));
                    case "from" -> from = LocalDate.parse(v);
                    case "to" -> to = LocalDate.parse(v);
                    case "outcome" -> outcome.add(Outcome.valueOf(v));
                    case "finding" -> finding.add(Finding.valueOf(v));
                    case "standard" -> standard.add(Standard.valueOf(v));
                    case "rank" -> rank.add(Rank.valueOf(v));
                    case "status" -> status.add(OfficerStatus.valueOf(v));
                    case "serving" -> serving = Boolean.valueOf(v);
                    case "barredList" -> barred = Boolean.valueOf(v);
                    case "generated" -> generated = Boolean.valueOf(v);
                    case "limit" -> { }
                    default -> throw new IllegalArgumentException(kv[0]);
                }
            }
        }
        return new HearingFilter(force, type, category, from, to, outcome, finding, standard, rank, status, serving, barred, generated, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void writesAreRefusedWith405(String method) {
        HttpResponse<String> response = http.send(method, "/api/v1/hearings");
        assertEquals(405, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(String.join(",", response.headers().allValues("Allow")).contains("GET"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit=abc|limit", "from=2020-13-45|from", "outcome=nonsense|outcome", "limit=0|limit",
            "to=yesterday|to", "barredList=maybe|barredList", "cursor=bm90LWEtY3Vyc29y|cursor", "sort=name|sort",
            "limit=5&limit=6|limit", "force=KENT,ATLANTIS|force"})
    void badParametersAre400ProblemsNamingTheParameter(String query, String parameter) throws IOException {
        HttpResponse<String> response = http.get("/api/v1/hearings?" + query);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = json.readValue(response.body(), JsonNode.class);
        assertEquals(parameter, problem.get("parameter").getStringValue());
        assertTrue(problem.get("detail").getStringValue().startsWith(parameter + ":"), problem.get("detail").getStringValue());
    }

    @Test
    void anUnknownHearingIs404Problem() throws IOException {
        HttpResponse<String> response = http.get("/api/v1/hearings/h-doesnotexist");
        assertEquals(404, response.statusCode());
        assertEquals("/api/v1/hearings/h-doesnotexist", json.readValue(response.body(), JsonNode.class).get("instance").getStringValue());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> response = http.send("HEAD", "/api/v1/reference");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void anyOriginMayRead() {
        HttpResponse<String> response = http.get("/api/v1/stats", "Origin", "https://newsroom.example");
        assertEquals(200, response.statusCode());
        assertEquals("https://newsroom.example", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void theSeedCaseIsServedWithItsFactsAndWithoutNames() {
        String body = http.get("/api/v1/hearings/h-3b73d1c153734c18").body();
        List<String> names = NameSearch.namesIn(new String(SampleData.seedCase().content(), StandardCharsets.UTF_8), json);
        assertEquals(List.of(), NameSearch.tokensFound(names, body));
        for (String fact : List.of("\"officerCount\":8", "\"from\":\"2016-05\"", "\"to\":\"2018-06\"",
                "\"investigationStarted\":\"2021-03\"", "\"noticesServed\":\"2021-04\"", "\"restrictedDuties\":true",
                "\"count\":6000", "\"qualifier\":\"MORE_THAN\"", "\"resigned\":5", "\"dismissedForOtherReasons\":1",
                "\"DUTIES_RESPONSIBILITIES\"", "\"Safer Neighbourhood Team\"", "\"WOULD_HAVE_BEEN_DISMISSED\"",
                "\"hearingDates\":[]")) {
            assertTrue(body.contains(fact), fact);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/v1/reference|public, max-age=86400",
            "/api/v1/hearings?force=KENT|public, max-age=60", "/api/v1/hearings/h-3b73d1c153734c18|public, max-age=300",
            "/api/v1/hearings/h-3b73d1c153734c18?format=csv|public, max-age=300", "/about|public, max-age=3600",
            "/api/v1/stats|public, max-age=300", "/api/v1/feed.atom|public, max-age=30"})
    void aRepeatedGetWithTheEtagIs304(String path, String cacheControl) {
        HttpResponse<String> first = http.get(path);
        assertEquals(200, first.statusCode());
        assertEquals(cacheControl, first.headers().firstValue("Cache-Control").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get(path, "If-None-Match", etag);

        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(200, http.get(path, "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void aRecordSaysWhenItLastChanged() {
        HttpResponse<String> response = http.get("/api/v1/hearings/h-3b73d1c153734c18");
        Hearing seed = everyHearing.stream().filter(h -> h.id().equals("h-3b73d1c153734c18")).findFirst().orElseThrow();
        assertEquals(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        seed.publication().lastUpdated().atZone(java.time.ZoneOffset.UTC).withNano(0)),
                response.headers().firstValue("Last-Modified").orElse(""));
    }

    @Test
    void listsCarryTheirTotalWhereItIsCheap() throws IOException {
        JsonNode all = json.readValue(http.get("/api/v1/hearings?limit=1").body(), JsonNode.class);
        assertEquals(everyHearing.size(), all.get("total").getLongValue());
        JsonNode kent = json.readValue(http.get("/api/v1/hearings?force=KENT&limit=1").body(), JsonNode.class);
        assertEquals(everyHearing.stream().filter(h -> h.force() == Force.KENT).count(), kent.get("total").getLongValue());
        JsonNode twoFilters = json.readValue(http.get("/api/v1/hearings?force=KENT&rank=SERGEANT").body(), JsonNode.class);
        assertTrue(twoFilters.get("total").isNull(), "not counted when it would mean reading every match");
    }

    @Test
    void statsCountEveryOfficer() throws IOException {
        int officers = everyHearing.stream().mapToInt(h -> h.officers().size()).sum();
        JsonNode overview = json.readValue(http.get("/api/v1/stats").body(), JsonNode.class);
        assertEquals(officers, overview.get("officers").getIntValue());
        assertEquals(everyHearing.size(), overview.get("hearings").getIntValue());
        JsonNode byOutcome = json.readValue(http.get("/api/v1/stats/officers/outcome").body(), JsonNode.class);
        assertEquals(officers, byOutcome.get("total").getLongValue());
    }
}
