package org.openhearings.store;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhearings.ingest.IngestService;
import org.openhearings.local.SampleData;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each API call costs in DynamoDB requests, counted by the SDK interceptor: the same small number
 * on a table of 31 hearings as on one of 301, and never a Scan.
 */
class RequestCostTest {
    private static ApplicationContext small;

    @BeforeAll
    static void loadSmallTable() {
        small = TestStack.emptyApp();
        small.getBean(IngestService.class).ingest(List.of(SampleData.seedCase(),
                SampleData.generated(small.getBean(JsonMapper.class), 30, 7)));
    }

    @AfterAll
    static void stop() {
        small.close();
    }

    private static Map<String, Long> cost(ApplicationContext app, String eventFile) {
        APIGatewayV2HTTPEvent event = LambdaEvents.read(eventFile, APIGatewayV2HTTPEvent.class);
        ApiFunction handler = new ApiFunction(app);
        DynamoRequestCounter counter = app.getBean(DynamoRequestCounter.class);
        handler.handleRequest(event, new MockLambdaContext()); // first call may warm caches
        counter.reset();
        handler.handleRequest(event, new MockLambdaContext());
        return counter.byOperation();
    }

    @ParameterizedTest
    @CsvSource({
            "api-hearing-get.json, GetItem=1",
            "api-hearing-get-unknown.json, GetItem=1",
            "api-stats.json, Query=1",
            "api-reference.json, ''",
            "api-hearings-list.json, 'GetItem=1,Query=1'",
            "api-hearings-post-refused.json, ''",
            "page-hearing.json, GetItem=1",
            "api-stats-table.json, Query=1",
            "page-dashboard.json, 'BatchGetItem=1,Query=1'",
            "page-about.json, ''",
            "page-search.json, 'GetItem=1,Query=1'"})
    void eachCallCostsTheSameFixedRequestsWhateverTheTableSize(String eventFile, String expected) {
        for (ApplicationContext app : List.of(small, TestStack.loadedApp())) {
            Map<String, Long> cost = cost(app, eventFile);
            assertEquals(expected, render(cost), eventFile);
        }
    }

    @ParameterizedTest
    @CsvSource({"api-hearings-list-filtered.json", "api-hearings-search.json"})
    void aFilteredListIsBoundedAndNeverScans(String eventFile) {
        for (ApplicationContext app : List.of(small, TestStack.loadedApp())) {
            Map<String, Long> cost = cost(app, eventFile);
            assertFalse(cost.containsKey("Scan"));
            long total = cost.values().stream().mapToLong(Long::longValue).sum();
            // At most one read of the facet counts (a search reads none), then at most DynamoHearingReader.MAX_QUERIES queries.
            assertTrue(total >= 1 && total <= 1 + DynamoHearingReader.MAX_QUERIES, cost.toString());
        }
    }

    private static String render(Map<String, Long> cost) {
        return String.join(",", cost.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
