package org.openhearings.draft;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhearings.local.LocalRun;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3-triggered drafting handler with {@code events/s3-notice-created.json}: reads the notice, writes the
 * draft under drafts/. As in the S3 ingest test, a loopback HTTP server answers the two S3 calls made
 * (GetObject, PutObject; path style), until an S3 engine runs in-process (issue 12).
 */
class S3DraftFunctionTest {
    private HttpServer s3;
    private final Map<String, byte[]> putObjects = new ConcurrentHashMap<>();
    private ApplicationContext app;

    @BeforeEach
    void start() throws IOException {
        byte[] notice;
        try (InputStream in = getClass().getResourceAsStream("/sample-data/seed-case.txt")) {
            notice = in.readAllBytes();
        }
        s3 = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s3.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("PUT")) {
                putObjects.put(path, unchunked(exchange.getRequestBody().readAllBytes()));
                exchange.getResponseHeaders().add("ETag", "\"1\"");
                exchange.sendResponseHeaders(200, -1);
            } else if (path.equals("/openhearings-raw/notices/met/seed case.txt")) {
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                exchange.getResponseHeaders().add("x-amz-meta-publisher", "Emergency Services News");
                exchange.sendResponseHeaders(200, notice.length);
                exchange.getResponseBody().write(notice);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        s3.start();
        Map<String, Object> properties = LocalRun.properties(TestStack.endpoint());
        properties.put("openhearings.raw-bucket.endpoint", "http://127.0.0.1:" + s3.getAddress().getPort());
        app = ApplicationContext.builder().properties(properties).start();
    }

    /** Over plain HTTP the SDK signs uploads chunk by chunk ("aws-chunked"): "size;chunk-signature=…\r\ndata\r\n"…, ending with size 0. */
    private static byte[] unchunked(byte[] body) {
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (body[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(body, at, lineEnd - at, java.nio.charset.StandardCharsets.US_ASCII).split(";")[0], 16);
            if (size == 0) {
                break;
            }
            data.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return data.toByteArray();
    }

    @AfterEach
    void stop() {
        app.close();
        s3.stop(0);
    }

    @Test
    void aNoticeDroppedUnderNoticesGetsItsDraftUnderDrafts() throws IOException {
        S3Event event = LambdaEvents.read("s3-notice-created.json", S3Event.class);

        List<String> written = new S3DraftFunction(app).handleRequest(event, new MockLambdaContext());

        assertEquals(List.of("drafts/met/seed case.json"), written);
        byte[] body = putObjects.get("/openhearings-raw/drafts/met/seed case.json");
        Draft draft = app.getBean(JsonMapper.class).readValue(body, Draft.class);
        assertEquals("METROPOLITAN", draft.record().get("force"));
        assertEquals(8, ((List<?>) draft.record().get("officers")).size());
        assertEquals("Emergency Services News", ((Map<?, ?>) draft.record().get("source")).get("publisher"), "from the object's metadata");
        assertTrue(draft.notDetermined().stream().anyMatch(u -> u.field().equals("source.url")));
    }

    @Test
    void anObjectOutsideNoticesIsNotDrafted() {
        S3Event event = LambdaEvents.read("s3-raw-record-created.json", S3Event.class);

        assertEquals(List.of(), new S3DraftFunction(app).handleRequest(event, new MockLambdaContext()));
        assertTrue(putObjects.isEmpty());
    }
}
