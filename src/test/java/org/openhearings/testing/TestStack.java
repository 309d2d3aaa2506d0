package org.openhearings.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.IngestService;
import org.openhearings.local.EmbeddedDynamoDb;
import org.openhearings.local.LocalRun;
import org.openhearings.local.SampleData;
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
    private static ApplicationContext loaded;

    private TestStack() {
    }

    public static synchronized String endpoint() {
        if (engine == null) {
            engine = EmbeddedDynamoDb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    engine.close();
                } catch (Exception ignored) {
                    // The JVM is exiting anyway.
                }
            }));
        }
        return engine.endpoint();
    }

    /** A started app on an empty table of its own; its HTTP server (if started) takes a random port. */
    public static ApplicationContext emptyApp() {
        Map<String, Object> properties = LocalRun.properties(endpoint());
        properties.put("openhearings.dynamodb.table", "test-" + TABLES.incrementAndGet());
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        context.getBean(TableCreator.class).createIfMissing();
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
            loaded = context;
        }
        return loaded;
    }
}
