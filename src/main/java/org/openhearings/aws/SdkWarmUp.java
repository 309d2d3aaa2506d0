package org.openhearings.aws;

import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * The AWS SDK's first-call work, done on a daemon thread while the framework starts on the main one: its
 * classes loaded, the TLS context and trust store read, endpoint rules, signing and the JSON protocol run
 * once, through a throwaway client whose calls are answered in-process ({@link EmptyResult}). The real
 * client, built later with the function's settings, then finds that work done: the API's first request
 * waits for the warm-up to finish ({@link #awaitFinished()}). A failure here costs only the head start.
 * (Spring Boot's background pre-initializer does the same for its own first-use costs.)
 */
public final class SdkWarmUp {
    /** Longer than any warm-up takes; past it the warm-up is taken to be stuck and nothing waits for it any more. */
    private static final long MOST_WAIT_MS = 10_000;
    private static volatile Thread running;

    private SdkWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static Thread start() {
        Thread thread = new Thread(SdkWarmUp::run, "sdk-warm-up");
        thread.setDaemon(true);
        running = thread;
        thread.start();
        return thread;
    }

    /**
     * Waits until a started warm-up has finished (at once if none was started or it is done). The API calls
     * it before each request; building the handler initialises no SDK class, so no SDK class is ever first
     * initialised by two threads at once: two threads initialising one library's classes in opposite orders
     * can deadlock for good (JVM class-initialisation locks have no timeout), a hang no cold start may risk.
     */
    public static void awaitFinished() {
        Thread thread = running;
        if (thread == null) {
            return;
        }
        try {
            thread.join(MOST_WAIT_MS);
            running = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The warm-up itself: true when every call went through. */
    static boolean run() {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(new ForwardingHttpClient(UrlConnectionHttpClient.builder().build()) {
                    @Override
                    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                        return new EmptyResult();
                    }
                })
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("warm-up", "warm-up")))
                .build()) {
            Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("warm-up"), "SK", AttributeValue.fromS("warm-up"));
            client.getItem(b -> b.tableName("warm-up").key(key));
            client.query(b -> b.tableName("warm-up").keyConditionExpression("PK = :pk").expressionAttributeValues(Map.of(":pk", key.get("PK"))));
            return true;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SdkWarmUp.class).warn("AWS SDK warm-up failed error={}", e.getClass().getSimpleName());
            return false;
        }
    }
}
