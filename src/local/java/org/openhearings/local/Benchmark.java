package org.openhearings.local;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.IngestService;
import org.openhearings.store.DynamoRequestCounter;
import org.openhearings.store.TableCreator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.openhearings.observability.RequestLogFilter;
import org.slf4j.LoggerFactory;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The README's benchmark: loads DynamoDB Local like the local run, then prints
 * (1) cold start: fresh JVMs (the Lambda runtime's JVM flags) that build the handler and answer their
 *     first events/ request, median of 5, with classes loaded and peak RSS;
 * (2) warm latency p50/p99 of the handler for list, get and stats;
 * (3) DynamoDB requests per API call, counted by the SDK interceptor.
 * Figures are for this machine and DynamoDB Local on loopback, not for AWS.
 */
public final class Benchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 1000;
    private static final Map<String, String> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("list", "api-hearings-list.json");
        CALLS.put("list filtered", "api-hearings-list-filtered.json");
        CALLS.put("get", "api-hearing-get.json");
        CALLS.put("stats", "api-stats.json");
        CALLS.put("stats table", "api-stats-table.json");
        CALLS.put("page: hearing", "page-hearing.json");
        CALLS.put("page: search", "page-search.json");
        CALLS.put("page: dashboard", "page-dashboard.json");
        CALLS.put("reference", "api-reference.json");
        CALLS.put("get unknown (404)", "api-hearing-get-unknown.json");
        CALLS.put("POST (405)", "api-hearings-post-refused.json");
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start();
             EmbeddedS3 s3 = EmbeddedS3.start();
             ApplicationContext app = ApplicationContext.builder().properties(LocalRun.properties(dynamo.endpoint(), s3.endpoint())).start()) {
            app.getBean(TableCreator.class).createIfMissing();
            app.getBean(org.openhearings.store.BulkObjects.class).createBucketIfMissing();
            app.getBean(IngestService.class).ingest(SampleData.all(app.getBean(JsonMapper.class)));
            System.out.printf("OpenHearings benchmark: %d hearings in DynamoDB Local (in-process, %s), Java %s, %d cores%n%n",
                    1 + SampleData.GENERATED_COUNT, dynamo.endpoint(), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            coldStart(dynamo.endpoint());
            ApiFunction handler = new ApiFunction(app);
            warmLatency(handler);
            longRun(handler);
            requestsPerCall(handler, app.getBean(DynamoRequestCounter.class));
        }
        System.exit(0);
    }

    private static void coldStart(String endpoint) throws IOException, InterruptedException {
        String classpath = runtimeClasspath();
        List<Long> wall = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int run = 0; run < COLD_RUNS; run++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", // as JAVA_TOOL_OPTIONS in template.yaml
                    "-Dopenhearings.dynamodb.endpoint=" + endpoint,
                    "-Dopenhearings.dynamodb.access-key-id=local", "-Dopenhearings.dynamodb.secret-key=local",
                    "-cp", classpath, ColdStart.class.getName(), "events/api-hearing-get.json"));
            long started = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String result = lastLineOf(child.getInputStream());
            child.waitFor();
            wall.add((System.nanoTime() - started) / 1_000_000);
            if (!result.startsWith("status=200")) {
                throw new IllegalStateException("cold start run failed: " + result);
            }
            details.add(result);
        }
        List<Long> sorted = new ArrayList<>(wall);
        Collections.sort(sorted);
        System.out.println("Cold start (fresh JVM: build handler, read events/api-hearing-get.json, answer it; JVM exit excluded)");
        for (int i = 0; i < COLD_RUNS; i++) {
            System.out.printf("  run %d: wall %d ms  (%s)%n", i + 1, wall.get(i), details.get(i));
        }
        System.out.printf("  median wall: %d ms%n%n", sorted.get(COLD_RUNS / 2));
    }

    /** What the Lambda would carry: our classes and the runtime-scope dependencies, plus the probe itself. */
    private static String runtimeClasspath() throws IOException {
        Path listed = Path.of("target", "runtime-classpath.txt");
        String dependencies = Files.readString(listed).strip();
        String probe = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        return String.join(File.pathSeparator, Path.of("target", "classes").toString(), dependencies, probe);
    }

    private static String lastLineOf(InputStream output) throws IOException {
        String last = "";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("status=")) {
                    return line;
                }
                last = line;
            }
        }
        return last;
    }

    /** A warm function over 20,000 requests: the rate must not fall as requests accumulate. */
    private static void longRun(ApiFunction handler) {
        APIGatewayV2HTTPEvent event = event(CALLS.get("get"));
        Logger requestLog = (Logger) LoggerFactory.getLogger(RequestLogFilter.class);
        Level level = requestLog.getLevel();
        requestLog.setLevel(Level.WARN);
        System.out.println("Long run (one warm handler, GET of one hearing, requests/s over each window of 1,000)");
        long windowStart = System.nanoTime();
        for (int i = 1; i <= 20_000; i++) {
            handler.handleRequest(event, new MockLambdaContext());
            if (i % 1_000 == 0) {
                long now = System.nanoTime();
                if (i == 1_000 || i == 10_000 || i == 20_000) {
                    System.out.printf("  at request %,6d: %5.0f requests/s%n", i, 1_000 / ((now - windowStart) / 1e9));
                }
                windowStart = now;
            }
        }
        requestLog.setLevel(level);
        System.out.println();
    }

    private static void warmLatency(ApiFunction handler) {
        System.out.printf("Warm latency of the handler (%d warm-up calls, then %d measured, one thread)%n", WARM_UP, MEASURED);
        for (String call : List.of("list", "list filtered", "get", "stats", "stats table", "page: hearing", "page: dashboard")) {
            APIGatewayV2HTTPEvent event = event(CALLS.get(call));
            for (int i = 0; i < WARM_UP; i++) {
                handler.handleRequest(event, new MockLambdaContext());
            }
            long[] micros = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long started = System.nanoTime();
                handler.handleRequest(event, new MockLambdaContext());
                micros[i] = (System.nanoTime() - started) / 1_000;
            }
            Arrays.sort(micros);
            System.out.printf("  %-16s p50 %6.2f ms   p99 %6.2f ms%n", call,
                    micros[MEASURED / 2] / 1000.0, micros[MEASURED * 99 / 100] / 1000.0);
        }
        System.out.println();
    }

    private static void requestsPerCall(ApiFunction handler, DynamoRequestCounter counter) {
        System.out.println("DynamoDB requests per API call (counted by the SDK interceptor)");
        CALLS.forEach((call, file) -> {
            APIGatewayV2HTTPEvent event = event(file);
            counter.reset();
            int status = handler.handleRequest(event, new MockLambdaContext()).getStatusCode();
            System.out.printf("  %-18s HTTP %d  requests %d  %s%n", call, status, counter.total(), counter.byOperation());
        });
    }

    private static APIGatewayV2HTTPEvent event(String file) {
        CustomPojoSerializer serializer = ServiceLoader.load(CustomPojoSerializer.class).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(Path.of("events", file))) {
            return serializer.fromJson(in, APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
