package org.openhearings.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhearings.local.SampleData;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.NameSearch;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API Gateway (HTTP API, payload v2) event in {@code events/} through the real Lambda handler,
 * against DynamoDB Local loaded like the local run.
 */
class ApiGatewayEventsTest {
    private static final String SEED_ID = "h-3b73d1c153734c18";
    private static ApiFunction handler;
    private static JsonMapper json;

    /** What each event must produce: status, content type, then checks on the body. */
    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            Map.entry("api-hearings-list.json", json(200, "application/json", body -> {
                List<String> dates = texts(body.get("items"), "hearingDate");
                assertEquals(20, dates.size());
                assertEquals(dates.stream().sorted((a, b) -> b.compareTo(a)).toList(), dates, "newest first");
                assertNotNull(body.get("nextCursor").getStringValue());
            })),
            Map.entry("api-hearings-list-filtered.json", json(200, "application/json", body -> {
                assertTrue(texts(body.get("items"), "force").stream().allMatch("METROPOLITAN"::equals));
                assertTrue(texts(body.get("items"), "id").contains(SEED_ID));
                for (JsonNode item : body.get("items").values()) {
                    assertTrue(texts(item.get("outcomes")).contains("DISMISSED_WITHOUT_NOTICE"));
                    assertTrue(item.get("barredListAdditions").getIntValue() > 0);
                }
            })),
            Map.entry("api-hearings-search.json", json(200, "application/json", body -> {
                assertEquals(List.of(SEED_ID), texts(body.get("items"), "id"), "the seed alone speaks of offensive WhatsApp messages");
                assertTrue(body.get("total") == null || body.get("total").isNull(), "a search's total is not known cheaply");
            })),
            Map.entry("api-hearing-get.json", json(200, "application/json", body -> {
                assertEquals(SEED_ID, body.get("id").getStringValue());
                assertEquals(8, body.get("officers").size());
                assertEquals("2016-05", body.get("conductPeriod").get("from").getStringValue());
                assertEquals("2018-06", body.get("conductPeriod").get("to").getStringValue());
                assertEquals("2021-03", body.get("investigationStarted").getStringValue());
                assertEquals("2021-04", body.get("noticesServed").getStringValue());
                assertEquals(6000, body.get("evidence").get("count").getIntValue());
            })),
            Map.entry("api-hearing-get-unknown.json", json(404, "application/problem+json", body ->
                    assertEquals(404, body.get("status").getIntValue()))),
            Map.entry("api-hearings-list-invalid-limit.json", json(400, "application/problem+json", body ->
                    assertEquals("limit", body.get("parameter").getStringValue()))),
            Map.entry("api-hearings-post-refused.json", json(405, "application/problem+json", body ->
                    assertEquals(405, body.get("status").getIntValue()))),
            Map.entry("api-reference.json", json(200, "application/json", body -> {
                assertEquals(10, body.get("standards").size());
                assertTrue(texts(body.get("outcomes"), "code").contains("WOULD_HAVE_BEEN_DISMISSED"));
            })),
            Map.entry("api-stats.json", json(200, "application/json", body -> {
                assertEquals(1 + SampleData.GENERATED_COUNT, body.get("hearings").getIntValue());
                assertTrue(body.get("officers").getIntValue() >= 8 + SampleData.GENERATED_COUNT);
            })),
            Map.entry("api-stats-table.json", json(200, "application/json", body -> {
                assertEquals("officers", body.get("measure").getStringValue());
                assertEquals("year", body.get("by").getStringValue());
                assertTrue(body.get("basis").getStringValue().startsWith("Exact counts"));
            })),
            Map.entry("page-dashboard.json", html(200, page -> {
                assertTrue(page.contains("id=\"outcomes-table\""), "figures server-rendered in tables");
                assertTrue(page.contains("<script src=\"/static/echarts/echarts.simple.min.js\" defer></script>"));
            })),
            Map.entry("page-search.json", html(200, page -> {
                assertTrue(page.contains("<option value=\"METROPOLITAN\" selected>"), "the form shows the filter");
                assertTrue(page.contains("href=\"/hearings/" + SEED_ID + "\""));
            })),
            Map.entry("page-hearing.json", html(200, page -> {
                assertTrue(page.contains("<th scope=\"row\">Officer H</th>"), "server-rendered, no script needed");
                assertTrue(page.contains("Would have been dismissed had they still been serving"));
                assertTrue(page.contains("href=\"/api/v1/hearings/" + SEED_ID + "?format=csv\""));
            })),
            Map.entry("page-about.json", html(200, page -> assertTrue(page.contains("id=\"problem-invalid-parameter\"")))));

    private record Expectation(int status, String contentType, Consumer<String> body) {
    }

    private static Expectation json(int status, String contentType, Consumer<JsonNode> check) {
        return new Expectation(status, contentType, body -> {
            try {
                check.accept(json.readValue(body, JsonNode.class));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        });
    }

    private static Expectation html(int status, Consumer<String> check) {
        return new Expectation(status, "text/html", check);
    }



    @BeforeAll
    static void start() {
        handler = new ApiFunction(TestStack.loadedApp());
        json = TestStack.loadedApp().getBean(JsonMapper.class);
    }

    static Stream<String> httpEvents() {
        return LambdaEvents.fileNames().stream().filter(name -> name.startsWith("api-") || name.startsWith("page-"));
    }

    @ParameterizedTest
    @MethodSource("httpEvents")
    void eachSampleEventGetsItsDocumentedAnswer(String file) {
        Expectation expected = EXPECTED.get(file);
        assertNotNull(expected, "events/" + file + " has no expectation in this test");
        APIGatewayV2HTTPEvent event = LambdaEvents.read(file, APIGatewayV2HTTPEvent.class);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertEquals(expected.status(), response.getStatusCode(), response.getBody());
        assertTrue(header(response, "Content-Type").startsWith(expected.contentType()), header(response, "Content-Type"));
        String body = response.getIsBase64Encoded()
                ? new String(java.util.Base64.getDecoder().decode(response.getBody()), StandardCharsets.UTF_8)
                : response.getBody();
        assertFalse(body.contains("Exception") || body.contains("at org."), "no internals in a response");
        expected.body().accept(body);
    }

    @Test
    void theSeedCaseAsServedNamesNobody() throws IOException {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                LambdaEvents.read("api-hearing-get.json", APIGatewayV2HTTPEvent.class), new MockLambdaContext());
        List<String> names = NameSearch.namesIn(new String(SampleData.seedCase().content(), StandardCharsets.UTF_8), json);
        assertEquals(List.of(), NameSearch.tokensFound(names, response.getBody()));
    }

    @Test
    void everyEventFileIsCoveredByATest() {
        List<String> covered = new ArrayList<>(EXPECTED.keySet());
        covered.add("s3-raw-record-created.json"); // S3IngestFunctionTest
        covered.add("s3-notice-created.json"); // S3DraftFunctionTest
        covered.add("scheduled-bulk-rebuild.json"); // BulkRebuildTest
        assertTrue(covered.containsAll(LambdaEvents.fileNames()), "uncovered: " + LambdaEvents.fileNames());
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.values().forEach(item -> values.add(item.get(field).getStringValue()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(item -> values.add(item.getStringValue()));
        return values;
    }
}
