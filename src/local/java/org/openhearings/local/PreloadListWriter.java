package org.openhearings.local;

import org.openhearings.lambda.ApiFunction;
import org.openhearings.lambda.ClassPreloader;
import org.openhearings.lambda.SnapStartPriming;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the Lambda jar's class preload list into the jar once it is built (the pom runs it; ClassPreloader
 * reads it). A child JVM with the jar as its class path builds the API's handler as Lambda does and runs
 * SnapStart's priming requests, all offline, logging each class it loads; the list is the classes it loaded
 * from the jar, in the order it loaded them. The jar, not the build's class path, because the jar's service
 * lists are trimmed (pom, shade filters): from the full class path, Micronaut loaded ~300 classes of bean
 * definitions and event introspections the jar leaves out, and the preloader then loaded them for nothing.
 * A priming request that fails (neither 200 nor 404) fails the build: the packaged handler must start and answer.
 * {@code PreloadListWriter TARGET_DIR JAR}
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
        Path jar = Path.of(args[1]).toAbsolutePath();
        Path log = target.resolve("preload-class-load.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + log,
                "-Dopenhearings.dynamodb.access-key-id=offline", "-Dopenhearings.dynamodb.secret-key=offline",
                "-cp", jar + File.pathSeparator + ownLocation(), PreloadListWriter.class.getName(), CHILD)
                .redirectErrorStream(true).redirectOutput(target.resolve("preload-offline-start.log").toFile()).start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the offline start failed (exit " + child.exitValue() + "): see "
                    + target.resolve("preload-offline-start.log"));
        }
        Set<String> names = classesLoaded(Files.readAllLines(log, StandardCharsets.UTF_8), jar.toString());
        try (FileSystem jarFiles = FileSystems.newFileSystem(jar)) {
            Path list = jarFiles.getPath(ClassPreloader.LIST);
            Files.createDirectories(list.getParent());
            Files.write(list, names, StandardCharsets.UTF_8);
        }
        System.out.printf("Class preload list: %d classes, written into %s%n", names.size(), jar);
    }

    /** From {@code -Xlog:class+load} lines ("... NAME source: file:/PATH"), the classes loaded from {@code jar}, in order. */
    static Set<String> classesLoaded(List<String> log, String jar) {
        Set<String> names = new LinkedHashSet<>();
        String fromJar = " source: file:" + jar;
        for (String line : log) {
            int source = line.indexOf(fromJar);
            if (source < 0 || source + fromJar.length() != line.length()) {
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
