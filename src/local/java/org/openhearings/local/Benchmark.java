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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The README's benchmark: loads DynamoDB Local like the local run, then prints
 * (1) cold start: fresh JVMs (the Lambda runtime's JVM flags) that build the handler and answer their
 *     first events/ request, the project's and a bare handler's interleaved in 7 rounds, with the ratios
 *     project/bare of wall time, CPU, classes loaded and peak RSS; then the same with each class path
 *     unpacked into a directory as Lambda unpacks a deployment package, on one core, and with an AppCDS
 *     archive each;
 * (2) warm latency p50/p99 of the handler for list, get and stats;
 * (3) DynamoDB requests per API call, counted by the SDK interceptor.
 * Figures are for this machine and DynamoDB Local on loopback, not for AWS.
 */
public final class Benchmark {
    private static final int COLD_ROUNDS = 7;
    /** The Lambda's JVM: the template's options, and the memory ergonomics of its size (heap sizes, collector). */
    private static final List<String> LAMBDA_JVM = LambdaJvm.options();
    /** The child JVM held to the first core (Linux's taskset): what it sees as one processor. */
    private static final List<String> ONE_CORE = List.of("taskset", "-c", "0");
    private static boolean probeJarWritten;
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

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception e) {
            // The embedded engines' threads would keep the JVM alive: a failed run must end, and say why.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start();
             EmbeddedS3 s3 = EmbeddedS3.start();
             ApplicationContext app = ApplicationContext.builder().properties(LocalRun.properties(dynamo.endpoint(), s3.endpoint())).start()) {
            app.getBean(TableCreator.class).createIfMissing();
            app.getBean(org.openhearings.store.BulkObjects.class).createBucketIfMissing();
            app.getBean(IngestService.class).ingest(SampleData.all(app.getBean(JsonMapper.class)));
            System.out.printf("OpenHearings benchmark: %d hearings in DynamoDB Local (in-process, %s), Java %s, %d cores%n%n",
                    1 + SampleData.GENERATED_COUNT, dynamo.endpoint(), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            coldStart(dynamo.endpoint(), "", List.of(), lambdaJarClasspath(), bareClasspath(runtimeClasspath()), List.of(), List.of());
            coldStart(dynamo.endpoint(), " as Lambda lays the code out (each class path unpacked into one directory, as Lambda unpacks a deployment package)",
                    List.of(), unpacked(lambdaJarClasspath(), "project"), unpacked(bareClasspath(runtimeClasspath()), "bare"), List.of(), List.of());
            if (Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, ONE_CORE.get(0))))) {
                coldStart(dynamo.endpoint(), " on one core (" + String.join(" ", ONE_CORE) + ": a JVM that sees one processor)", ONE_CORE,
                        lambdaJarClasspath(), bareClasspath(runtimeClasspath()), List.of(), List.of());
            } else {
                System.out.println("Cold start on one core: skipped, no " + ONE_CORE.get(0) + " on this machine\n");
            }
            coldStartWithArchives(dynamo.endpoint());
            priming(dynamo.endpoint());
            ApiFunction handler = new ApiFunction(app);
            warmLatency(handler);
            longRun(handler);
            requestsPerCall(handler, app.getBean(DynamoRequestCounter.class));
        }
    }

    /** One cold start's figures, as its JVM reported them (and the wall time seen from outside). */
    private record Cold(long wallMs, long cpuMs, long classes, long peakRssKb, long firstMs, long collections, long collectionMs) {
        static Cold of(long wallMs, String reported) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (String pair : reported.split(" ")) {
                String[] kv = pair.split("=");
                values.put(kv[0], Long.parseLong(kv[1]));
            }
            return new Cold(wallMs, values.get("cpuMs"), values.get("classes"), values.get("peakRssKb"), values.get("firstMs"),
                    values.get("collections"), values.get("collectionMs"));
        }
    }

    /**
     * Cold starts of the project's handler and of {@link BareHandler}, interleaved (each round runs both,
     * in alternating order, so machine load falls on both alike), with the ratio project/bare per round
     * and the median of those ratios.
     */
    private static void coldStart(String endpoint, String title, List<String> prefix, String projectClasspath, String bareClasspath,
            List<String> projectFlags, List<String> bareFlags) throws IOException, InterruptedException {
        List<Cold> project = new ArrayList<>();
        List<Cold> bare = new ArrayList<>();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        for (int round = 0; round < COLD_ROUNDS; round++) {
            for (String kind : round % 2 == 0 ? List.of("bare", "project") : List.of("project", "bare")) {
                boolean isBare = kind.equals("bare");
                (isBare ? bare : project).add(coldStartOnce(kind, endpoint, isBare ? bareClasspath : projectClasspath, prefix,
                        isBare ? bareFlags : projectFlags));
            }
        }
        System.out.printf("Cold start%s, project / bare handler (fresh JVMs with the Lambda's JVM options, %s: build the handler, read"
                + " events/api-hearing-get.json, answer it; %d interleaved rounds; load average before %s, after %s)%n",
                title, String.join(" ", LAMBDA_JVM), COLD_ROUNDS, loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println("  round  wall ms (project/bare)   CPU ms            classes            peak RSS MB");
        for (int i = 0; i < COLD_ROUNDS; i++) {
            Cold p = project.get(i);
            Cold b = bare.get(i);
            System.out.printf("  %5d  %5d / %-5d %5.2fx  %5d / %-5d %4.2fx  %5d / %-5d %4.2fx  %4d / %-4d %4.2fx%n", i + 1,
                    p.wallMs(), b.wallMs(), ratio(p.wallMs(), b.wallMs()), p.cpuMs(), b.cpuMs(), ratio(p.cpuMs(), b.cpuMs()),
                    p.classes(), b.classes(), ratio(p.classes(), b.classes()),
                    p.peakRssKb() / 1024, b.peakRssKb() / 1024, ratio(p.peakRssKb(), b.peakRssKb()));
        }
        System.out.printf("  median of the per-round ratios: wall %.2fx, CPU %.2fx, classes %.2fx, peak RSS %.2fx;"
                        + " median project wall %d ms, bare %d ms; garbage collections, median count (pause ms): project %d (%d), bare %d (%d)%n%n",
                medianRatio(project, bare, Cold::wallMs), medianRatio(project, bare, Cold::cpuMs),
                medianRatio(project, bare, Cold::classes), medianRatio(project, bare, Cold::peakRssKb),
                median(project.stream().map(Cold::wallMs).toList()), median(bare.stream().map(Cold::wallMs).toList()),
                median(project.stream().map(Cold::collections).toList()), median(project.stream().map(Cold::collectionMs).toList()),
                median(bare.stream().map(Cold::collections).toList()), median(bare.stream().map(Cold::collectionMs).toList()));
    }

    /**
     * Both handlers again, each with an AppCDS archive that a training run of this JVM wrote (the class
     * path must then be jars only, hence the probe jar): what class-data sharing would give, had Lambda's
     * own JVM made the archives (an archive from another JVM build is refused). {@code -Xshare:on} makes a
     * refused archive a failure here rather than a silent fallback.
     */
    private static void coldStartWithArchives(String endpoint) throws IOException, InterruptedException {
        Path projectArchive = Path.of("target", "benchmark-project.jsa");
        Path bareArchive = Path.of("target", "benchmark-bare.jsa");
        Files.deleteIfExists(projectArchive);
        Files.deleteIfExists(bareArchive);
        coldStartOnce("project", endpoint, lambdaJarClasspath(), List.of(), List.of("-XX:ArchiveClassesAtExit=" + projectArchive));
        coldStartOnce("bare", endpoint, bareClasspath(runtimeClasspath()), List.of(), List.of("-XX:ArchiveClassesAtExit=" + bareArchive));
        coldStart(endpoint, " with an AppCDS archive each (written by a training run of this JVM)", List.of(), lambdaJarClasspath(),
                bareClasspath(runtimeClasspath()),
                List.of("-Xshare:on", "-XX:SharedArchiveFile=" + projectArchive), List.of("-Xshare:on", "-XX:SharedArchiveFile=" + bareArchive));
    }

    /**
     * What SnapStart priming saves, as far as one machine can show it: the first real request of a fresh JVM
     * after the priming requests ran (as they would before the snapshot) against one without, alternating,
     * medians. On AWS the restored snapshot adds its restore time and skips the whole init.
     */
    private static void priming(String endpoint) throws IOException, InterruptedException {
        String classpath = lambdaJarClasspath();
        List<Long> plain = new ArrayList<>();
        List<Long> primed = new ArrayList<>();
        for (int round = 0; round < COLD_ROUNDS; round++) {
            plain.add(coldStartOnce("project", endpoint, classpath, List.of(), List.of()).firstMs());
            primed.add(coldStartOnce("primed", endpoint, classpath, List.of(), List.of()).firstMs());
        }
        System.out.printf("SnapStart priming: the first real request (GET of one hearing) in a fresh JVM, median of %d: %d ms"
                + " unprimed, %d ms after priming (what a restored snapshot skips; restore time itself only AWS shows)%n%n",
                COLD_ROUNDS, median(plain), median(primed));
    }

    private static Cold coldStartOnce(String kind, String endpoint, String classpath, List<String> prefix, List<String> flags)
            throws IOException, InterruptedException {
        boolean bare = kind.equals("bare");
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM);
        command.addAll(flags);
        command.addAll(List.of("-Dopenhearings.dynamodb.endpoint=" + endpoint,
                "-Dopenhearings.dynamodb.access-key-id=local", "-Dopenhearings.dynamodb.secret-key=local",
                "-cp", classpath));
        command.addAll(bare ? List.of(BareColdStart.class.getName(), endpoint, "events/api-hearing-get.json")
                : kind.equals("primed") ? List.of(ColdStart.class.getName(), "events/api-hearing-get.json", "primed")
                : List.of(ColdStart.class.getName(), "events/api-hearing-get.json"));
        long started = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = lastLineOf(child.getInputStream());
        child.waitFor();
        long wall = (System.nanoTime() - started) / 1_000_000;
        if (!result.startsWith("status=200")) {
            throw new IllegalStateException(kind + " cold start failed: " + result);
        }
        return Cold.of(wall, result.substring(result.indexOf(' ') + 1));
    }

    /** What a bare Lambda would carry: Lambda core, events and serialization, the AWS SDK and its few dependencies, the probe. */
    private static String bareClasspath(String runtimeClasspath) throws IOException {
        List<String> kept = new ArrayList<>(List.of(probeClasspath()));
        for (String entry : runtimeClasspath.split(File.pathSeparator)) {
            if (entry.contains("/software/amazon/") || entry.contains("/com/amazonaws/") || entry.contains("/org/reactivestreams/") || entry.contains("/joda-time/")
                    || entry.contains("/org/slf4j/slf4j-api/")) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    private static double ratio(long a, long b) {
        return (double) a / b;
    }

    private static double medianRatio(List<Cold> project, List<Cold> bare, java.util.function.ToLongFunction<Cold> figure) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < project.size(); i++) {
            ratios.add(ratio(figure.applyAsLong(project.get(i)), figure.applyAsLong(bare.get(i))));
        }
        Collections.sort(ratios);
        return ratios.get(ratios.size() / 2);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** What the Lambda runs: the packaged jar (its filters included), plus the probe itself. */
    private static String lambdaJarClasspath() throws IOException {
        Path jar;
        try (Stream<Path> target = Files.list(Path.of("target"))) {
            jar = target.filter(p -> p.getFileName().toString().matches("openhearings-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Lambda jar in target/: run the README's command, which packages it"));
        }
        return String.join(File.pathSeparator, jar.toString(), probeClasspath());
    }

    /**
     * {@code classpath}'s jars unpacked into one directory under target/, as Lambda unpacks a deployment
     * package into /var/task: the first jar's file wins, as the first class path entry would (no signatures:
     * the files are no longer in their jars). Returns that directory, the unpacked class path.
     */
    private static String unpacked(String classpath, String name) throws IOException {
        Path into = Path.of("target", "benchmark-unpacked", name).toAbsolutePath();
        try (Stream<Path> old = Files.exists(into) ? Files.walk(into) : Stream.empty()) {
            for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        for (String entry : classpath.split(File.pathSeparator)) {
            try (JarFile jar = new JarFile(entry)) {
                for (JarEntry file : Collections.list(jar.entries())) {
                    Path to = into.resolve(file.getName()).normalize();
                    if (!to.startsWith(into) || file.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                        continue;
                    }
                    if (file.isDirectory()) {
                        Files.createDirectories(to);
                    } else if (!Files.exists(to)) {
                        Files.createDirectories(to.getParent());
                        try (InputStream in = jar.getInputStream(file)) {
                            Files.copy(in, to);
                        }
                    }
                }
            }
        }
        return into.toString();
    }

    /** The runtime-scope dependencies, listed by the build: what a bare handler's class path is picked from. */
    private static String runtimeClasspath() throws IOException {
        return Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
    }

    /** The cold-start probes (this package's ColdStart, BareColdStart, BareHandler) as a jar, made once a run: AppCDS takes jars only. */
    private static synchronized String probeClasspath() throws IOException {
        Path jar = Path.of("target", "benchmark-probe.jar");
        if (!probeJarWritten) {
            probeJarWritten = true;
            Path classes = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            Path probes = classes.resolve(ColdStart.class.getPackageName().replace('.', '/'));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.list(probes)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("(ColdStart|BareColdStart|BareHandler)(\\$.*)?\\.class")).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
        return jar.toString();
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
