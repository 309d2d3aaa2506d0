package org.openhearings.local;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import org.openhearings.lambda.SnapStartPriming;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * One Lambda cold start, as the benchmark's child JVM: build the handler the way the Lambda runtime
 * does (no-argument constructor, settings from the environment), read one {@code events/} file with the
 * runtime's serializer, answer it, and print what it cost. Run by {@link Benchmark}, not by hand.
 */
public final class ColdStart {
    /** How long the first real request took (the probe's own; -1 for the bare handler's). */
    private static long firstRequestMs = -1;

    private ColdStart() {
    }

    /** {@code ColdStart <event file> [primed]}: with "primed", SnapStart's priming runs first, as before a snapshot. */
    public static void main(String[] args) throws Exception {
        ApiFunction handler = new ApiFunction();
        if (args.length > 1 && args[1].equals("primed")) {
            new SnapStartPriming(handler).prime();
        }
        CustomPojoSerializer serializer = ServiceLoader.load(CustomPojoSerializer.class).findFirst().orElseThrow();
        APIGatewayV2HTTPEvent event;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            event = serializer.fromJson(in, APIGatewayV2HTTPEvent.class);
        }
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());
        firstRequestMs = (System.nanoTime() - started) / 1_000_000;
        report(response.getStatusCode());
    }

    /** Prints the probe's figures (status, uptime, CPU, classes loaded, peak RSS, first request, collections and their pauses) and exits. */
    static void report(int status) throws Exception {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        long collections = 0;
        long collectionMs = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += collector.getCollectionCount();
            collectionMs += collector.getCollectionTime();
        }
        System.out.printf("status=%d uptimeMs=%d cpuMs=%d classes=%d peakRssKb=%d firstMs=%d collections=%d collectionMs=%d%n", status,
                uptime, cpuMs, classes, peakRssKb(), firstRequestMs, collections, collectionMs);
        System.exit(0);
    }

    /** VmHWM: the most resident memory this process has had (Linux). */
    private static long peakRssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
