package org.openhearings.local;

import org.openhearings.lambda.ApiFunction;
import org.openhearings.lambda.SnapStartPriming;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the Lambda jar's class preload list at package time (the pom runs it; ClassPreloader reads it).
 * A child JVM with what the Lambda carries on its class path (the classes and the runtime dependencies)
 * builds the API's handler as Lambda does and runs SnapStart's priming requests, all offline, logging each
 * class it loads; the list is the classes it loaded from that class path, in the order it loaded them.
 * A priming request that fails (neither 200 nor 404) fails the build: the packaged handler must start and answer.
 * {@code PreloadListWriter TARGET_DIR}
 */
public final class PreloadListWriter {
    static final String CHILD = "--offline-start";

    private PreloadListWriter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args[0].equals(CHILD)) {
            List<Integer> statuses = new SnapStartPriming(new ApiFunction()).prime();
            System.out.println("priming statuses " + statuses);
            // Exit, not return (the SDK's and Micronaut's threads would keep the build waiting); non-zero fails
            // the build, which so checks that the handler as packaged (AOT included) starts and answers.
            System.exit(statuses.stream().allMatch(status -> status == 200 || status == 404) ? 0 : 2);
        }
        Path target = Path.of(args[0]);
        Path classes = target.resolve("classes");
        Path output = classes.resolve("META-INF/openhearings/preload-classes.txt");
        Path log = target.resolve("preload-class-load.log");
        Files.deleteIfExists(output); // else the child would preload the last build's list and list it again
        String classpath = String.join(File.pathSeparator, classes.toString(),
                Files.readString(target.resolve("runtime-classpath.txt")).strip(), ownLocation());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + log,
                "-Dopenhearings.dynamodb.access-key-id=offline", "-Dopenhearings.dynamodb.secret-key=offline",
                "-cp", classpath, PreloadListWriter.class.getName(), CHILD)
                .redirectErrorStream(true).redirectOutput(target.resolve("preload-offline-start.log").toFile()).start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the offline start failed (exit " + child.exitValue() + "): see "
                    + target.resolve("preload-offline-start.log"));
        }
        Set<String> names = classesLoaded(Files.readAllLines(log, StandardCharsets.UTF_8), ownLocation());
        Files.createDirectories(output.getParent());
        Files.write(output, names, StandardCharsets.UTF_8);
        System.out.printf("Class preload list: %d classes in %s%n", names.size(), output);
    }

    /** From {@code -Xlog:class+load} lines ("... NAME source: file:/PATH"), the classes not from the JDK nor from {@code excluded}, in order. */
    static Set<String> classesLoaded(List<String> log, String excluded) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : log) {
            int source = line.indexOf(" source: file:");
            if (source < 0 || line.startsWith(excluded, source + " source: file:".length())) {
                continue;
            }
            String name = line.substring(line.lastIndexOf(' ', source - 1) + 1, source);
            if (!name.contains("$$Lambda")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String ownLocation() {
        return Path.of(PreloadListWriter.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }
}
