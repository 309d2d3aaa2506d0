package org.openhearings.api;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract as outside tools read it: Redocly's recommended rules and Spectral's {@code spectral:oas},
 * with no error and no warning (Redocly's one documented exception is in {@code .ci/.redocly.lint-ignore.yaml}).
 * The linters come from npm ({@code .ci/package.json}, installed by {@code .ci/run}); where they are not
 * installed the test is skipped and says so, unless {@code OPENHEARINGS_REQUIRE_LINTERS} is set (CI sets it).
 */
class OpenApiLintTest {
    private static final Path CONTRACT = Path.of("src/main/resources/openapi/openapi.yaml");
    private static final Path BIN = Path.of(".ci/node_modules/.bin");

    private static Path tool(String name) {
        Path tool = BIN.resolve(name);
        String missing = name + " is not installed: run npm ci --prefix .ci (as .ci/run does)";
        if (System.getenv("OPENHEARINGS_REQUIRE_LINTERS") != null) {
            Assertions.assertTrue(Files.isExecutable(tool), missing);
        }
        Assumptions.assumeTrue(Files.isExecutable(tool), missing);
        return tool;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the linter finished");
        return new Run(process.exitValue(), output);
    }

    @Test
    void redoclyFindsNoErrorAndNoWarning() throws Exception {
        Run lint = run(tool("redocly").toString(), "lint", "--config", ".ci/redocly.yaml", "--format=stylish",
                "--max-problems=100", CONTRACT.toString());
        assertEquals(0, lint.exit(), lint.output());
        assertTrue(lint.output().contains("Your API description is valid"), lint.output());
        assertEquals(List.of(), problemLines(lint.output()), "errors and warnings");
    }

    @Test
    void spectralFindsNothingAtAnySeverity() throws Exception {
        Run lint = run(tool("spectral").toString(), "lint", "--ruleset", ".ci/spectral.yaml", "--fail-severity=hint",
                CONTRACT.toString());
        assertEquals(0, lint.exit(), lint.output());
        assertTrue(lint.output().contains("No results with a severity of 'hint' or higher found"), lint.output());
    }

    @Test
    void theLintersCatchABrokenContract() throws Exception {
        Path broken = Files.createTempFile("openapi-broken", ".yaml");
        Files.writeString(broken, Files.readString(CONTRACT).replace("security: []\n", "")
                .replace("      description: 'Forces, ranks", "      x-was-description: 'Forces, ranks"));
        try {
            Run redocly = run(tool("redocly").toString(), "lint", "--config", ".ci/redocly.yaml", "--format=stylish", broken.toString());
            assertTrue(redocly.exit() != 0 && redocly.output().contains("security-defined"), redocly.output());
            Run spectral = run(tool("spectral").toString(), "lint", "--ruleset", ".ci/spectral.yaml", "--fail-severity=hint", broken.toString());
            assertTrue(spectral.exit() != 0 && spectral.output().contains("operation-description"), spectral.output());
        } finally {
            Files.delete(broken);
        }
    }

    private static List<String> problemLines(String output) {
        List<String> problems = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.matches("\\s*\\d+:\\d+\\s+(error|warning)\\s+.*")) {
                problems.add(line.trim());
            }
        }
        return problems;
    }
}
