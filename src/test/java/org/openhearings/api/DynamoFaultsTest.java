package org.openhearings.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhearings.ingest.IngestReport;
import org.openhearings.ingest.IngestService;
import org.openhearings.local.LocalRun;
import org.openhearings.local.SampleData;
import org.openhearings.store.DynamoRequestCounter;
import org.openhearings.store.DynamoSettings;
import org.openhearings.testing.FaultProxy;
import org.openhearings.testing.FaultProxy.Fault;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB in trouble, for real: a fault-injecting proxy between the function and DynamoDB Local. Each
 * fault must give a fast, honest answer through the real Lambda handler: 503 with Retry-After,
 * problem+json for the API and an HTML page for the pages, well inside the function's 15 s timeout.
 */
class DynamoFaultsTest {
    /** The call budget is 3 s; a second more for the handler around it. */
    private static final long ANSWER_WITHIN_MILLIS = 4_000;
    private static ApplicationContext loaded;
    private static String table;

    @BeforeAll
    static void loadTable() {
        loaded = TestStack.emptyApp();
        loaded.getBean(IngestService.class).ingest(List.of(SampleData.seedCase()));
        table = loaded.getBean(DynamoSettings.class).table();
    }

    @AfterAll
    static void close() {
        loaded.close();
    }

    private static ApplicationContext appThrough(String endpoint) {
        Map<String, Object> properties = LocalRun.properties(endpoint, TestStack.s3Endpoint());
        properties.put("openhearings.dynamodb.table", table);
        return ApplicationContext.builder().properties(properties).start();
    }

    private static int dynamoLocalPort() {
        return URI.create(TestStack.endpoint()).getPort();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"SERVER_ERROR", "THROTTLING", "RESET", "HANG", "SLOW"})
    void aFaultIsAFastServiceUnavailable(Fault fault) throws IOException {
        try (FaultProxy proxy = new FaultProxy(dynamoLocalPort(), fault)) {
            assertUnavailable(proxy.endpoint(), fault.name());
        }
    }

    @org.junit.jupiter.api.Test
    void aClosedPortIsAFastServiceUnavailable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertUnavailable("http://127.0.0.1:" + closed, "closed port");
    }

    @org.junit.jupiter.api.Test
    void withoutAFaultTheProxiedTableAnswers() throws IOException {
        try (FaultProxy proxy = new FaultProxy(dynamoLocalPort(), Fault.NONE); ApplicationContext app = appThrough(proxy.endpoint())) {
            APIGatewayV2HTTPResponse response = handle(app, "api-hearing-get.json");
            assertEquals(200, response.getStatusCode(), response.getBody());
            assertTrue(proxy.connections() > 0, "the request went through the proxy");
        }
    }

    @org.junit.jupiter.api.Test
    void keysLeftUnprocessedGetBoundedRoundsThenAServiceUnavailable() throws IOException {
        try (FaultProxy proxy = new FaultProxy(dynamoLocalPort(), Fault.UNPROCESSED_KEYS); ApplicationContext app = appThrough(proxy.endpoint())) {
            APIGatewayV2HTTPEvent csv = LambdaEvents.read("api-hearings-list.json", APIGatewayV2HTTPEvent.class);
            csv.setRawQueryString("format=csv");
            csv.setQueryStringParameters(Map.of("format", "csv"));
            DynamoRequestCounter counter = app.getBean(DynamoRequestCounter.class);
            counter.reset();
            long start = System.nanoTime();
            APIGatewayV2HTTPResponse response = new ApiFunction(app).handleRequest(csv, new MockLambdaContext());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, response.getStatusCode(), response.getBody());
            assertEquals(4L, counter.byOperation().get("BatchGetItem"), counter.byOperation().toString());
            assertTrue(millis < ANSWER_WITHIN_MILLIS, "took " + millis + " ms");
        }
    }

    @org.junit.jupiter.api.Test
    void aRecordThatCannotBeStoredIsOneRefusalNotAnAbortedBatch() throws IOException {
        try (FaultProxy proxy = new FaultProxy(dynamoLocalPort(), Fault.THROTTLING); ApplicationContext app = appThrough(proxy.endpoint())) {
            String seed = new String(SampleData.seedCase().content(), java.nio.charset.StandardCharsets.UTF_8);
            String other = seed.replace("two-met-officers", "another-case");
            IngestReport report = app.getBean(IngestService.class).ingest(List.of(new IngestService.RawFile("batch.json",
                    ("[" + seed + "," + other + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            assertEquals(2, report.rejected().size(), report.toString());
            assertTrue(report.rejected().stream().allMatch(e -> e.message().startsWith("could not be stored (")
                    && e.message().contains("ingest the file again")), report.toString());
            assertEquals(List.of("batch.json record 1", "batch.json record 2"),
                    report.rejected().stream().map(org.openhearings.ingest.FieldError::record).toList());
        }
    }

    private static void assertUnavailable(String endpoint, String scenario) {
        try (ApplicationContext app = appThrough(endpoint)) {
            for (String event : List.of("api-hearing-get.json", "api-hearings-list.json", "page-hearing.json")) {
                long start = System.nanoTime();
                APIGatewayV2HTTPResponse response = handle(app, event);
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("fault %-12s %-24s %d in %d ms%n", scenario, event, response.getStatusCode(), millis);
                assertEquals(503, response.getStatusCode(), scenario + " " + event + ": " + response.getBody());
                assertEquals("5", header(response, "Retry-After"), scenario + " " + event);
                String type = header(response, "Content-Type");
                assertTrue(event.startsWith("page-") ? type.startsWith("text/html") : type.startsWith("application/problem+json"),
                        scenario + " " + event + ": " + type);
                assertFalse(response.getBody().contains("Exception") || response.getBody().contains("\tat "),
                        "no stack trace or exception name: " + response.getBody());
                assertTrue(millis < ANSWER_WITHIN_MILLIS, scenario + " " + event + " took " + millis + " ms");
            }
        }
    }

    private static APIGatewayV2HTTPResponse handle(ApplicationContext app, String event) {
        return new ApiFunction(app)
                .handleRequest(LambdaEvents.read(event, APIGatewayV2HTTPEvent.class), new MockLambdaContext());
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }
}
