package org.openhearings.deploy;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhearings.local.LocalRun;
import org.openhearings.local.SampleData;
import org.openhearings.query.HearingQueryService;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.LocalBuckets;
import org.openhearings.testing.TestStack;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function as Lambda runs it: built by its no-argument constructor from the packaged jar alone (its
 * trimmed service lists and AOT classes included), each sample event read by the jar's serializer and
 * answered against the real engines. The jar leaves out bean definitions no function should need (pom);
 * one a function did need would fail here, not on AWS.
 */
class PackagedFunctionsIT {
    /** Never closed: the functions' contexts close in shutdown hooks, which still load classes through it. */
    private static URLClassLoader jarOnly;
    private final List<String> setProperties = new ArrayList<>();

    @BeforeAll
    static void openJar() throws IOException {
        try (Stream<Path> target = Files.list(Path.of("target"))) {
            Path jar = target.filter(p -> p.getFileName().toString().matches("openhearings-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/"));
            jarOnly = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }
    }

    @AfterEach
    void clearProperties() {
        setProperties.forEach(System::clearProperty);
    }

    @Test
    void theApiAnswersEverySampleRequestFromTheJarAlone() throws Exception {
        useTableOf(TestStack.loadedApp());
        Object api = construct("org.openhearings.lambda.ApiFunction");
        List<String> files = LambdaEvents.fileNames().stream().filter(name -> name.startsWith("api-") || name.startsWith("page-")).toList();
        assertTrue(files.size() >= 10, files.toString());
        for (String file : files) {
            Object response = handle(api, "APIGatewayV2HTTPEvent", event(file));
            assertEquals(expectedStatus(file), status(response), file);
            assertTrue(!body(response).isEmpty(), file + " has a body");
        }
    }

    /** What no sample event asks for but pages and other sites do: a static file, and a cross-origin preflight. */
    @Test
    void theApiServesStaticFilesAndCorsPreflightsFromTheJarAlone() throws Exception {
        useTableOf(TestStack.loadedApp());
        Object api = construct("org.openhearings.lambda.ApiFunction");
        String about = event("page-about.json");

        Object css = handle(api, "APIGatewayV2HTTPEvent", about.replace("\"/about\"", "\"/static/site.css\""));
        assertEquals(200, status(css));
        assertTrue(body(css).contains("{"), "a style sheet");

        Object preflight = handle(api, "APIGatewayV2HTTPEvent", about.replace("\"/about\"", "\"/api/v1/hearings\"")
                .replace("\"GET\"", "\"OPTIONS\"").replace("\"headers\": {", "\"headers\": {\"origin\": \"https://news.example\", "
                        + "\"access-control-request-method\": \"GET\", "));
        assertEquals(200, status(preflight));
        Map<?, ?> headers = (Map<?, ?>) preflight.getClass().getMethod("getHeaders").invoke(preflight);
        assertTrue(headers.keySet().stream().anyMatch(name -> name.toString().equalsIgnoreCase("Access-Control-Allow-Origin")), headers.toString());
    }

    @Test
    void theIngestDraftAndRebuildFunctionsRunFromTheJarAlone() throws Exception {
        try (S3Client s3 = LocalBuckets.client(); ApplicationContext app = TestStack.emptyApp()) {
            LocalBuckets.create(s3, "openhearings-raw");
            s3.putObject(p -> p.bucket("openhearings-raw").key("records/met/seed case.json").contentType("application/json"),
                    RequestBody.fromBytes(SampleData.seedCase().content()));
            s3.putObject(p -> p.bucket("openhearings-raw").key("notices/met/seed case.txt").contentType("text/plain"),
                    RequestBody.fromBytes(seedNotice()));
            s3.deleteObject(d -> d.bucket("openhearings-raw").key("drafts/met/seed case.json"));
            useTableOf(app);
            Object ingest = construct("org.openhearings.ingest.S3IngestFunction");
            handle(ingest, "S3Event", event("s3-raw-record-created.json"));
            assertTrue(app.getBean(HearingQueryService.class).find("h-de17e79edba5e0b4").isPresent(), "ingested");

            Object draft = construct("org.openhearings.draft.S3DraftFunction");
            assertEquals(List.of("drafts/met/seed case.json"), handle(draft, "S3Event", event("s3-notice-created.json")));
            assertTrue(s3.getObjectAsBytes(g -> g.bucket("openhearings-raw").key("drafts/met/seed case.json")).asByteArray().length > 0);

            Object rebuild = construct("org.openhearings.ingest.BulkRebuildFunction");
            Object rebuilt = handle(rebuild, "ScheduledEvent", event("scheduled-bulk-rebuild.json"));
            assertEquals(1, ((List<?>) rebuilt.getClass().getMethod("years").invoke(rebuilt)).size(), "the seed case's year: " + rebuilt);
        }
    }

    private static int expectedStatus(String file) {
        return file.contains("unknown") ? 404 : file.contains("invalid") ? 400 : file.contains("refused") ? 405 : 200;
    }

    /** The functions read their settings as on Lambda (no context handed in): here from system properties naming the test's engines and table. */
    private void useTableOf(ApplicationContext app) {
        Map<String, Object> properties = LocalRun.properties(TestStack.endpoint(), TestStack.s3Endpoint());
        properties.put("openhearings.dynamodb.table", app.getRequiredProperty("openhearings.dynamodb.table", String.class));
        properties.put("openhearings.bulk.bucket", app.getRequiredProperty("openhearings.bulk.bucket", String.class));
        properties.forEach((name, value) -> {
            System.setProperty(name, value.toString());
            setProperties.add(name);
        });
    }

    private static Object construct(String handler) throws Exception {
        return inJar(() -> jarOnly.loadClass(handler).getConstructor().newInstance());
    }

    /** Runs {@code work} with the jar's loader as the thread's, as the Lambda runtime runs a handler (jte finds its templates there). */
    private static Object inJar(Callable<Object> work) throws Exception {
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(jarOnly);
        try {
            return work.call();
        } finally {
            Thread.currentThread().setContextClassLoader(own);
        }
    }

    /** {@code handler.handleRequest(event, context)} with the event read by the jar's own serializer, as the runtime does. */
    private static Object handle(Object handler, String eventType, String json) throws Exception {
        Class<?> serializerType = jarOnly.loadClass("com.amazonaws.services.lambda.runtime.CustomPojoSerializer");
        Object serializer = ServiceLoader.load(serializerType, jarOnly).findFirst().orElseThrow();
        Class<?> type = jarOnly.loadClass("com.amazonaws.services.lambda.runtime.events." + eventType);
        Object event = serializerType.getMethod("fromJson", String.class, java.lang.reflect.Type.class).invoke(serializer, json, type);
        Class<?> contextType = jarOnly.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Object context = jarOnly.loadClass("io.micronaut.function.aws.proxy.MockLambdaContext").getConstructor().newInstance();
        Method handle = handler.getClass().getMethod("handleRequest", Object.class, contextType);
        return inJar(() -> handle.invoke(handler, event, context));
    }

    private static String event(String file) throws IOException {
        return Files.readString(LambdaEvents.DIRECTORY.resolve(file));
    }

    private static int status(Object response) throws Exception {
        return (Integer) response.getClass().getMethod("getStatusCode").invoke(response);
    }

    private static String body(Object response) throws Exception {
        String body = (String) response.getClass().getMethod("getBody").invoke(response);
        return body == null ? "" : body;
    }

    private static byte[] seedNotice() throws Exception {
        try (InputStream in = PackagedFunctionsIT.class.getResourceAsStream("/sample-data/seed-case.txt")) {
            return in.readAllBytes();
        }
    }

}
