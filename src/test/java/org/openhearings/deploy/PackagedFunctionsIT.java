package org.openhearings.deploy;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhearings.local.SampleData;
import org.openhearings.query.HearingQueryService;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.LocalBuckets;
import org.openhearings.testing.PackagedJar;
import org.openhearings.testing.TestStack;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function as Lambda runs it: built by its no-argument constructor from the packaged jar alone (its
 * trimmed service lists and AOT classes included), each sample event read by the jar's serializer and
 * answered against the real engines. The jar leaves out bean definitions no function should need (pom);
 * one a function did need would fail here, not on AWS.
 */
class PackagedFunctionsIT {
    private final List<String> setProperties = new ArrayList<>();

    @AfterEach
    void clearProperties() {
        setProperties.forEach(System::clearProperty);
    }

    @Test
    void theApiAnswersEverySampleRequestFromTheJarAlone() throws Exception {
        setProperties.addAll(PackagedJar.useTableOf(TestStack.loadedApp()));
        Object api = PackagedJar.construct("org.openhearings.lambda.ApiFunction");
        List<String> files = LambdaEvents.fileNames().stream().filter(name -> name.startsWith("api-") || name.startsWith("page-")).toList();
        assertTrue(files.size() >= 10, files.toString());
        for (String file : files) {
            Object response = PackagedJar.handle(api, "APIGatewayV2HTTPEvent", event(file));
            assertEquals(expectedStatus(file), PackagedJar.status(response), file);
            assertTrue(!PackagedJar.body(response).isEmpty(), file + " has a body");
        }
    }

    /** What no sample event asks for but pages and other sites do: a static file, and a cross-origin preflight. */
    @Test
    void theApiServesStaticFilesAndCorsPreflightsFromTheJarAlone() throws Exception {
        setProperties.addAll(PackagedJar.useTableOf(TestStack.loadedApp()));
        Object api = PackagedJar.construct("org.openhearings.lambda.ApiFunction");
        String about = event("page-about.json");

        Object css = PackagedJar.handle(api, "APIGatewayV2HTTPEvent", about.replace("\"/about\"", "\"/static/site.css\""));
        assertEquals(200, PackagedJar.status(css));
        assertTrue(PackagedJar.body(css).contains("{"), "a style sheet");

        Object preflight = PackagedJar.handle(api, "APIGatewayV2HTTPEvent", about.replace("\"/about\"", "\"/api/v1/hearings\"")
                .replace("\"GET\"", "\"OPTIONS\"").replace("\"headers\": {", "\"headers\": {\"origin\": \"https://news.example\", "
                        + "\"access-control-request-method\": \"GET\", "));
        assertEquals(200, PackagedJar.status(preflight));
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
            setProperties.addAll(PackagedJar.useTableOf(app));
            Object ingest = PackagedJar.construct("org.openhearings.ingest.S3IngestFunction");
            PackagedJar.handle(ingest, "S3Event", event("s3-raw-record-created.json"));
            assertTrue(app.getBean(HearingQueryService.class).find("h-3b73d1c153734c18").isPresent(), "ingested");

            Object draft = PackagedJar.construct("org.openhearings.draft.S3DraftFunction");
            assertEquals(List.of("drafts/met/seed case.json"), PackagedJar.handle(draft, "S3Event", event("s3-notice-created.json")));
            assertTrue(s3.getObjectAsBytes(g -> g.bucket("openhearings-raw").key("drafts/met/seed case.json")).asByteArray().length > 0);

            Object rebuild = PackagedJar.construct("org.openhearings.ingest.BulkRebuildFunction");
            Object rebuilt = PackagedJar.handle(rebuild, "ScheduledEvent", event("scheduled-bulk-rebuild.json"));
            assertEquals(1, ((List<?>) rebuilt.getClass().getMethod("years").invoke(rebuilt)).size(), "the seed case's year: " + rebuilt);
        }
    }

    private static int expectedStatus(String file) {
        return file.contains("unknown") ? 404 : file.contains("invalid") ? 400 : file.contains("refused") ? 405 : 200;
    }

    private static String event(String file) throws IOException {
        return Files.readString(LambdaEvents.DIRECTORY.resolve(file));
    }

    private static byte[] seedNotice() throws IOException {
        try (InputStream in = PackagedFunctionsIT.class.getResourceAsStream("/sample-data/seed-case.txt")) {
            return in.readAllBytes();
        }
    }
}
