package org.openhearings.local;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.BulkRebuild;
import org.openhearings.ingest.IngestReport;
import org.openhearings.ingest.IngestService;
import org.openhearings.store.BulkObjects;
import org.openhearings.store.TableCreator;

import java.util.HashMap;
import java.util.Map;

/**
 * The README's run command: the same Micronaut app as on Lambda, served on http://localhost:8080 by a
 * local server that turns each HTTP request into an API Gateway v2 event for the real handler. Data is
 * in DynamoDB Local (in this process) unless an endpoint is configured (e.g. LocalStack), and is loaded
 * through the real ingest path.
 */
public final class LocalRun {
    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        String configured = firstSet("OPENHEARINGS_DYNAMODB_ENDPOINT", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL");
        EmbeddedDynamoDb embedded = configured == null ? EmbeddedDynamoDb.start() : null;
        String endpoint = configured != null ? configured : embedded.endpoint();
        String configuredS3 = firstSet("OPENHEARINGS_S3_ENDPOINT", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL");
        EmbeddedS3 embeddedS3 = configuredS3 == null ? EmbeddedS3.start() : null;
        String s3 = configuredS3 != null ? configuredS3 : embeddedS3.endpoint();

        ApplicationContext context = ApplicationContext.builder()
                .properties(properties(endpoint, s3))
                .start();
        context.getBean(TableCreator.class).createIfMissing();
        context.getBean(BulkObjects.class).createBucketIfMissing();
        IngestReport report = context.getBean(IngestService.class)
                .ingest(SampleData.all(context.getBean(JsonMapper.class)));
        context.getBean(BulkRebuild.class).rebuildPending();
        LambdaHttpServer server = LambdaHttpServer.start(context, Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")));

        System.out.printf("DynamoDB: %s (%s)%n", endpoint, embedded != null ? "DynamoDB Local, in-process" : "configured");
        System.out.printf("S3: %s (%s)%n", s3, embeddedS3 != null ? "S3Proxy, in-process" : "configured");
        System.out.printf("Loaded: %d created, %d updated, %d unchanged, %d rejected%n",
                report.created(), report.updated(), report.unchanged(), report.rejected().size());
        System.out.printf("OpenHearings is serving %s/ (API: %s/api/v1/hearings). Ctrl-C stops it.%n",
                server.uri(), server.uri());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            context.close();
            for (AutoCloseable engine : new AutoCloseable[]{embedded, embeddedS3}) {
                try {
                    if (engine != null) {
                        engine.close();
                    }
                } catch (Exception ignored) {
                    // Shutting down anyway.
                }
            }
        }));
        Thread.currentThread().join();
    }

    /** Settings of a local run; tests start the app with the same ones. */
    public static Map<String, Object> properties(String endpoint, String s3Endpoint) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("openhearings.dynamodb.endpoint", endpoint);
        properties.put("openhearings.bulk.endpoint", s3Endpoint);
        properties.put("openhearings.raw-bucket.endpoint", s3Endpoint);
        if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
            // Local engines accept any keys; AWS-style ones keep the SDK from looking for a profile.
            properties.put("openhearings.dynamodb.access-key-id", "local");
            properties.put("openhearings.dynamodb.secret-key", "local");
            // S3Proxy keeps buckets in the default region only: a local bucket is created without a location.
            properties.put("openhearings.dynamodb.region", "us-east-1");
        }
        return properties;
    }

    private static String firstSet(String... names) {
        for (String name : names) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
