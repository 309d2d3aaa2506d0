package org.openhearings.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.domain.Hearing;
import org.openhearings.ingest.BulkRebuild;
import org.openhearings.ingest.HearingAnonymiser;
import org.openhearings.ingest.IngestService;
import org.openhearings.ingest.RawHearingReader;
import org.openhearings.lambda.ApiFunction;
import org.openhearings.store.AggregateRecount;
import org.openhearings.store.BulkObjects;
import org.openhearings.store.DirectLoad;
import org.openhearings.store.DynamoRequestCounter;
import org.openhearings.store.DynamoSettings;
import org.openhearings.store.TableCreator;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale run (a README command, not a test): grows one table to 10³, 10⁴ and 10⁵ hearings and, at each
 * size, measures a batch of 100 new hearings through the whole ingest path (ms and DynamoDB requests per
 * record), the scheduled rebuild of the bulk files (ms and requests per year rebuilt: a year's records, so it
 * grows with a year's hearings, never runs inside ingest), the largest aggregate items, and warm p50/p99 of
 * the read calls. Between sizes the records are written by {@link DirectLoad} (the same items, batched); at
 * 10³ and 10⁴ the recount then checks every count against the records, so the load is known to match ingest.
 * <p>{@code mvn -q test-compile exec:exec -Dopenhearings.main=org.openhearings.local.ScaleBenchmark [-Dscale.max=100000]}
 */
public final class ScaleBenchmark {
    private static final int WARM_UP = 100;
    private static final int MEASURED = 400;
    private static final Map<String, String> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("list", "/api/v1/hearings");
        CALLS.put("list, 3 filters", "/api/v1/hearings?force=KENT&outcome=DISMISSED_WITHOUT_NOTICE&rank=CONSTABLE");
        CALLS.put("get", null);
        CALLS.put("search, 2 words", "/api/v1/hearings?q=considered+drink");
        CALLS.put("search, phrase+filter", "/api/v1/hearings?q=%22excessive+force%22&force=KENT");
        CALLS.put("stats table", "/api/v1/stats/officers/outcome?by=year");
        CALLS.put("stats, filtered", "/api/v1/stats/hearings/standard?force=KENT&from=2018&to=2022&generated=true");
        CALLS.put("timings", "/api/v1/stats/timings");
        CALLS.put("dashboard", "/dashboard");
        CALLS.put("bulk file", "/api/v1/bulk/hearings-2020.jsonl");
    }

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int max = Integer.getInteger("scale.max", 100_000);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(); EmbeddedS3 s3 = EmbeddedS3.start();
             ApplicationContext app = ApplicationContext.builder().properties(LocalRun.properties(dynamo.endpoint(), s3.endpoint())).start()) {
            app.getBean(TableCreator.class).createIfMissing();
            app.getBean(BulkObjects.class).createBucketIfMissing();
            ApiFunction handler = new ApiFunction(app);
            System.out.printf("OpenHearings scale run: DynamoDB Local and S3Proxy in-process, Java %s, %d cores%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf("%-9s %-18s %-16s %-26s %-16s %-22s", "hearings", "ingest ms/record", "requests/record",
                    "bulk rebuild ms/year (req)", "largest item B", "KB stored, WRU/record");
            CALLS.keySet().forEach(call -> System.out.printf(" %-24s", call + " p50/p99 (req)"));
            System.out.println();
            int stored = 0;
            long seed = 1;
            for (int size = 1_000; size <= max; size *= 10) {
                stored += load(app, size - 100 - stored, seed++);
                Measured batch = batch(app, seed++);
                stored += 100;
                if (stored <= 10_000) {
                    checkCounts(app);
                }
                long largest = largestItem(app);
                StoredCost cost = storedCost(app, largest);
                System.out.printf("%-9d %-18.2f %-16.1f %-26s %-16d %-22s", stored, batch.millisPerRecord(), batch.requestsPerRecord(),
                        String.format("%.0f (%.0f)", batch.rebuildMillisPerYear(), batch.rebuildRequestsPerYear()), largest,
                        String.format("%.1f, %.0f", cost.kilobytes(), cost.writeUnits()));
                for (Map.Entry<String, String> call : CALLS.entrySet()) {
                    String path = call.getValue() != null ? call.getValue() : "/api/v1/hearings/" + anyId(handler);
                    double[] latency = latency(handler, path);
                    System.out.printf(" %-24s", String.format("%.1f / %.1f ms (%d)", latency[0], latency[1], requestsOf(app, handler, path)));
                }
                System.out.println();
            }
        }
        System.exit(0);
    }

    /** A batch's cost per record (all DynamoDB requests), and the scheduled rebuild's of the bulk files it marked, per year. */
    private record Measured(double millisPerRecord, double requestsPerRecord, double rebuildMillisPerYear, double rebuildRequestsPerYear) {
    }

    /**
     * Writes {@code count} generated hearings read and anonymised by ingest's own reader and anonymiser, stored
     * by {@link DirectLoad} (the items ingest's writer would write, in batches).
     */
    private static int load(ApplicationContext app, int count, long seed) throws Exception {
        RawHearingReader reader = app.getBean(RawHearingReader.class);
        HearingAnonymiser anonymiser = app.getBean(HearingAnonymiser.class);
        JsonMapper json = app.getBean(JsonMapper.class);
        Instant now = Instant.now();
        for (int done = 0; done < count; done += 1000) {
            int chunk = Math.min(1000, count - done);
            byte[] raw = json.writeValueAsBytes(new GeneratedHearings(seed * 1_000_000 + done).records(chunk));
            List<Hearing> hearings = new ArrayList<>();
            for (RawHearingReader.Result result : reader.read(raw, "scale.json")) {
                hearings.add(anonymiser.anonymise(result.record(), result.hearing()).hearing());
            }
            DirectLoad.write(app, hearings, now);
        }
        return count;
    }

    /**
     * 100 new hearings through the whole ingest path (validation, anonymisation, writes with their counts and
     * marks); then the scheduled rebuild of the bulk files of the years the load and the batch marked.
     */
    private static Measured batch(ApplicationContext app, long seed) {
        DynamoRequestCounter counter = app.getBean(DynamoRequestCounter.class);
        counter.reset();
        long started = System.nanoTime();
        var report = app.getBean(IngestService.class).ingest(List.of(SampleData.generated(app.getBean(JsonMapper.class), 100, seed)));
        double millis = (System.nanoTime() - started) / 1e6;
        if (report.created() != 100) {
            throw new IllegalStateException("batch: " + report);
        }
        long ingestRequests = counter.total();
        counter.reset();
        started = System.nanoTime();
        int years = app.getBean(BulkRebuild.class).rebuildPending().size();
        double rebuildMillis = (System.nanoTime() - started) / 1e6;
        return new Measured(millis / 100, ingestRequests / 100.0, rebuildMillis / years, counter.total() / (double) years);
    }

    /** Every statistics cell and facet count equals a recount of the records, or the run stops. */
    private static void checkCounts(ApplicationContext app) {
        AggregateRecount.Result recount = app.getBean(AggregateRecount.class).run(false);
        if (!recount.differences().isEmpty()) {
            throw new IllegalStateException("the loaded counts differ from a recount: " + recount.differences());
        }
    }

    /** The largest item of the aggregates (statistics cells, facet counts, bulk manifest): none may grow with the hearings. */
    private static long largestItem(ApplicationContext app) {
        DynamoDbClient dynamo = app.getBean(DynamoDbClient.class);
        String table = app.getBean(DynamoSettings.class).table();
        long largest = 0;
        for (String partition : List.of("STATS#all#ALL", "STATS#sample#ALL", "STATS", "BULK")) {
            QueryResponse page = dynamo.query(q -> q.tableName(table).keyConditionExpression("PK = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition))));
            for (Map<String, AttributeValue> item : page.items()) {
                largest = Math.max(largest, size(item));
            }
        }
        return largest;
    }

    /** An item's size as DynamoDB counts it, near enough: names plus values. */
    private static long size(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            AttributeValue v = e.getValue();
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + (v.s() != null ? utf8(v.s())
                    : v.n() != null ? v.n().length() : v.hasSs() ? v.ss().stream().mapToLong(ScaleBenchmark::utf8).sum() : 8);
        }
        return bytes;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** What one stored hearing costs, from a sample of 50: its bytes at rest and its write's units. */
    private record StoredCost(double kilobytes, double writeUnits) {
    }

    /**
     * Bytes at rest per hearing (record item, an index entry per facet, change and feed entries) and the
     * write request units of creating it: a transaction costs 2 units per KB (rounded up) of each item it
     * writes, and each of the eight statistics cells it updates is counted at the largest cell's size (an
     * upper bound).
     */
    private static StoredCost storedCost(ApplicationContext app, long largestCell) {
        DynamoDbClient dynamo = app.getBean(DynamoDbClient.class);
        String table = app.getBean(DynamoSettings.class).table();
        List<Map<String, AttributeValue>> cards = dynamo.query(q -> q.tableName(table).keyConditionExpression("PK = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("INDEX#all"))).limit(50)).items();
        double bytes = 0;
        double units = 0;
        for (Map<String, AttributeValue> card : cards) {
            String id = card.get("SK").s().substring(card.get("SK").s().indexOf('#') + 1);
            Map<String, AttributeValue> record = dynamo.getItem(g -> g.tableName(table).key(Map.of(
                    "PK", AttributeValue.fromS("HEARING#" + id), "SK", AttributeValue.fromS("RECORD")))).item();
            long entries = record.get("facets").ss().size() + 2;
            long entryBytes = size(card);
            bytes += size(record) + entries * entryBytes;
            units += 2 * (kilo(size(record)) + entries * kilo(entryBytes) + 8 * kilo(largestCell) + 2 /* facet counts, bulk mark */);
        }
        return new StoredCost(bytes / cards.size() / 1024, units / cards.size());
    }

    private static long kilo(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static String anyId(ApiFunction handler) {
        String body = handler.handleRequest(ApiEvents.event("GET", "/api/v1/hearings?limit=1"), new MockLambdaContext()).getBody();
        int at = body.indexOf("\"id\":\"") + 6;
        return body.substring(at, body.indexOf('"', at));
    }

    /** DynamoDB requests of one call. */
    private static long requestsOf(ApplicationContext app, ApiFunction handler, String path) {
        DynamoRequestCounter counter = app.getBean(DynamoRequestCounter.class);
        counter.reset();
        handler.handleRequest(ApiEvents.event("GET", path), new MockLambdaContext());
        return counter.total();
    }

    private static double[] latency(ApiFunction handler, String path) {
        APIGatewayV2HTTPEvent event = ApiEvents.event("GET", path);
        for (int i = 0; i < WARM_UP; i++) {
            handler.handleRequest(event, new MockLambdaContext());
        }
        long[] micros = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            int status = handler.handleRequest(event, new MockLambdaContext()).getStatusCode();
            micros[i] = (System.nanoTime() - started) / 1_000;
            if (status >= 400) {
                throw new IllegalStateException(path + " answered " + status);
            }
        }
        Arrays.sort(micros);
        return new double[]{micros[MEASURED / 2] / 1000.0, micros[MEASURED * 99 / 100] / 1000.0};
    }
}
