package org.openhearings.api;

import org.junit.jupiter.api.Test;
import org.openhearings.testing.NpmTools;
import org.openhearings.testing.NpmTools.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract as outside tools read it: Redocly's recommended rules and Spectral's {@code spectral:oas},
 * with no error and no warning (Redocly's one documented exception is in {@code .ci/.redocly.lint-ignore.yaml}).
 * The linters come from npm ({@link NpmTools}).
 */
class OpenApiLintTest {
    private static final Path CONTRACT = Path.of("src/main/resources/openapi/openapi.yaml");

    private static Path tool(String name) {
        return NpmTools.require(".bin/" + name);
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        return NpmTools.run(command);
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
