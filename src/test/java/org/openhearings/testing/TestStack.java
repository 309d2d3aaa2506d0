package org.openhearings.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.BulkRebuild;
import org.openhearings.ingest.IngestService;
import org.openhearings.local.EmbeddedDynamoDb;
import org.openhearings.local.EmbeddedS3;
import org.openhearings.local.LocalRun;
import org.openhearings.local.SampleData;
import org.openhearings.store.BulkObjects;
import org.openhearings.store.TableCreator;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app as tests run it: one DynamoDB Local engine per test JVM (started once, it is the slow part),
 * and a table of its own for each context so tests never see each other's writes.
 */
public final class TestStack {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static EmbeddedDynamoDb engine;
    private static EmbeddedS3 s3;
    private static ApplicationContext loaded;

    private TestStack() {
    }

    public static synchronized String endpoint() {
        if (engine == null) {
            engine = closedAtExit(EmbeddedDynamoDb.start());
        }
        return engine.endpoint();
    }

    /** One S3Proxy per test JVM, like DynamoDB Local; each app has buckets of its own. */
    public static synchronized String s3Endpoint() {
        if (s3 == null) {
            s3 = closedAtExit(EmbeddedS3.start());
        }
        return s3.endpoint();
    }

    private static <E extends AutoCloseable> E closedAtExit(E engine) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                engine.close();
            } catch (Exception ignored) {
                // The JVM is exiting anyway.
            }
        }));
        return engine;
    }

    /** A started app on an empty table and bulk bucket of its own; its HTTP server (if started) takes a random port. */
    public static ApplicationContext emptyApp() {
        Map<String, Object> properties = LocalRun.properties(endpoint(), s3Endpoint());
        int n = TABLES.incrementAndGet();
        properties.put("openhearings.dynamodb.table", "test-" + n);
        properties.put("openhearings.bulk.bucket", "bulk-test-" + n);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        context.getBean(TableCreator.class).createIfMissing();
        context.getBean(BulkObjects.class).createBucketIfMissing();
        return context;
    }

    /**
     * One app per test JVM loaded like the local run (seed case + generated hearings), shared by the
     * read-only tests; nobody writes to it after loading. Never close it.
     */
    public static synchronized ApplicationContext loadedApp() {
        if (loaded == null) {
            ApplicationContext context = emptyApp();
            context.getBean(IngestService.class).ingest(SampleData.all(context.getBean(JsonMapper.class)));
            context.getBean(BulkRebuild.class).rebuildPending();
            loaded = context;
        }
        return loaded;
    }
}
