package org.openhearings.local;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.IngestReport;
import org.openhearings.ingest.IngestService;
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

        ApplicationContext context = ApplicationContext.builder()
                .properties(properties(endpoint))
                .start();
        context.getBean(TableCreator.class).createIfMissing();
        IngestReport report = context.getBean(IngestService.class)
                .ingest(SampleData.all(context.getBean(JsonMapper.class)));
        LambdaHttpServer server = LambdaHttpServer.start(context, Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")));

        System.out.printf("DynamoDB: %s (%s)%n", endpoint, embedded != null ? "DynamoDB Local, in-process" : "configured");
        System.out.printf("Loaded: %d created, %d updated, %d unchanged, %d rejected%n",
                report.created(), report.updated(), report.unchanged(), report.rejected().size());
        System.out.printf("OpenHearings is serving %s/ (API: %s/api/v1/hearings). Ctrl-C stops it.%n",
                server.uri(), server.uri());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            context.close();
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // Shutting down anyway.
                }
            }
        }));
        Thread.currentThread().join();
    }

    /** Settings of a local run; tests start the app with the same ones. */
    public static Map<String, Object> properties(String endpoint) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("openhearings.dynamodb.endpoint", endpoint);
        if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
            // Local engines accept any keys; AWS-style ones keep the SDK from looking for a profile.
            properties.put("openhearings.dynamodb.access-key-id", "local");
            properties.put("openhearings.dynamodb.secret-key", "local");
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
