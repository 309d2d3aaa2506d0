package org.openhearings.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Tools from npm that tests run (pinned in {@code .ci/package.json}, installed by {@code .ci/run} with
 * {@code npm ci --prefix .ci}). Where they are not installed a test is skipped and says so, unless
 * {@code OPENHEARINGS_REQUIRE_LINTERS} is set (CI sets it: there a missing tool is a failure).
 */
public final class NpmTools {
    public static final Path ROOT = Path.of(".ci/node_modules");

    private NpmTools() {
    }

    /** An installed package's directory or command (relative to {@code .ci/node_modules}). */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        String missing = relative + " is not installed: run npm ci --prefix .ci (as .ci/run does)";
        if (System.getenv("OPENHEARINGS_REQUIRE_LINTERS") != null) {
            Assertions.assertTrue(Files.exists(path), missing);
        }
        Assumptions.assumeTrue(Files.exists(path), missing);
        return path;
    }

    /** What a command printed (standard output and error) and how it exited. */
    public record Run(int exit, String output) {
    }

    public static Run run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("NODE_PATH", ROOT.toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        return new Run(process.exitValue(), output);
    }
}
