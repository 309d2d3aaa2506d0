package org.openhearings.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhearings.local.LocalRun;
import org.openhearings.local.SampleData;
import org.openhearings.query.HearingQueryService;
import org.openhearings.store.TableCreator;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3-triggered ingest handler with {@code events/s3-raw-record-created.json}, writing to DynamoDB Local.
 * S3 itself cannot run here (no Docker, no S3 engine on Maven Central that fits beside DynamoDB Local's
 * Jetty), so a loopback HTTP server answers the one S3 call the handler makes, GetObject (path style).
 */
class S3IngestFunctionTest {
    private HttpServer s3;
    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();
    private ApplicationContext app;

    @BeforeEach
    void start() throws IOException {
        byte[] seed = SampleData.seedCase().content();
        s3 = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s3.createContext("/", exchange -> {
            requestedPaths.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, seed.length);
            exchange.getResponseBody().write(seed);
            exchange.close();
        });
        s3.start();
        Map<String, Object> properties = LocalRun.properties(TestStack.endpoint());
        properties.put("openhearings.dynamodb.table", "s3-ingest-" + System.nanoTime());
        properties.put("openhearings.raw-bucket.endpoint", "http://127.0.0.1:" + s3.getAddress().getPort());
        app = ApplicationContext.builder().properties(properties).start();
        app.getBean(TableCreator.class).createIfMissing();
    }

    @AfterEach
    void stop() {
        app.close();
        s3.stop(0);
    }

    @Test
    void anObjectCreatedEventIngestsTheObjectItNames() {
        S3Event event = LambdaEvents.read("s3-raw-record-created.json", S3Event.class);

        IngestReport report = new S3IngestFunction(app).handleRequest(event, new MockLambdaContext());

        assertEquals(new IngestReport(1, 0, 0, 0, List.of()), report);
        assertEquals(List.of("/openhearings-raw/records/met/seed case.json"), requestedPaths,
                "the URL-encoded key from the event, decoded and fetched path-style");
        assertTrue(app.getBean(HearingQueryService.class).find("h-de17e79edba5e0b4").isPresent());
    }
}
