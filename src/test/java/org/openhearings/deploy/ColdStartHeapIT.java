package org.openhearings.deploy;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.openhearings.local.ColdStart;
import org.openhearings.local.LambdaJvm;
import org.openhearings.testing.PackagedJar;
import org.openhearings.testing.TestStack;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The template's JVM options hold a cold start: the packaged API, started in a child JVM with those options
 * and the Lambda's memory (as the benchmark starts it), builds its handler, reads one event and answers it
 * from DynamoDB Local without one garbage collection. A collection there is a stop of every thread the
 * bare handler never pays (README, the lever "init collects nothing"); this fails when the start's
 * allocation outgrows the young generation the template gives it. A count, not a time.
 */
class ColdStartHeapIT {
    private static final Pattern REPORT = Pattern.compile("status=(\\d+) .*collections=(\\d+) collectionMs=(\\d+)");

    @Test
    void aColdStartFromTheJarRunsNoGarbageCollection() throws Exception {
        ApplicationContext app = TestStack.loadedApp();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LambdaJvm.options());
        command.addAll(List.of("-Dopenhearings.dynamodb.endpoint=" + TestStack.endpoint(),
                "-Dopenhearings.dynamodb.table=" + app.getRequiredProperty("openhearings.dynamodb.table", String.class),
                "-Dopenhearings.dynamodb.access-key-id=local", "-Dopenhearings.dynamodb.secret-key=local",
                "-cp", PackagedJar.path() + File.pathSeparator + probeClasses(),
                ColdStart.class.getName(), "events/api-hearing-get.json"));
        Path log = Files.createTempFile("cold-start", ".log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        child.destroyForcibly();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(ended, "the cold start ended within a minute: " + output.substring(Math.max(0, output.length() - 600)));

        Matcher report = REPORT.matcher(output);
        assertTrue(report.find(), "the probe's report: " + output.substring(Math.max(0, output.length() - 600)));
        assertEquals("200", report.group(1), "the seed hearing answered");
        assertEquals("0", report.group(2), "garbage collections during the cold start (" + report.group(3) + " ms of pauses), with "
                + String.join(" ", LambdaJvm.options()));
    }

    /** Where the probe's class is: the test classes, after the jar so that the jar's own classes are the ones that run. */
    private static String probeClasses() throws Exception {
        return Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
