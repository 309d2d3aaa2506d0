package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.openhearings.hashing.Sha256;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.NpmTools;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/bulk/datapackage.json} as a data portal uses it: every resource downloaded from its
 * address has the size and SHA-256 the package states, and Frictionless' own library (npm
 * {@code datapackage}) finds the descriptor valid and every CSV row true to the Table Schema; the same
 * check fails on a file with a value outside its vocabulary.
 */
class DataPackageTest {
    private static final HttpTestClient HTTP = LocalServer.client();
    private static final JsonMapper JSON = TestStack.loadedApp().getBean(JsonMapper.class);

    private record Checked(boolean valid, String output) {
    }

    /** Downloads the package's files into a folder beside its descriptor (paths made local), then validates it. */
    private static Checked downloadAndValidate(Path dir, Map<String, String> corrupt) throws Exception {
        Path script = Path.of("src/test/resources/datapackage/validate.js").toAbsolutePath();
        NpmTools.require("datapackage");
        String descriptor = HTTP.get("/api/v1/bulk/datapackage.json").body();
        JsonNode dataPackage = JSON.readValue(descriptor, JsonNode.class);
        for (JsonNode resource : dataPackage.get("resources").values()) {
            String name = resource.get("name").getStringValue();
            String url = resource.get("path").getStringValue();
            HttpResponse<String> file = HTTP.download(url.substring(url.indexOf("/api/v1/")));
            assertEquals(200, file.statusCode(), url);
            byte[] bytes = file.body().getBytes(StandardCharsets.UTF_8);
            assertEquals(resource.get("bytes").getLongValue(), bytes.length, name + " bytes");
            assertEquals("sha256:" + Sha256.hex(bytes), resource.get("hash").getStringValue(), name + " hash");
            String content = file.body();
            for (Map.Entry<String, String> change : corrupt.entrySet()) {
                content = content.replace(change.getKey(), change.getValue());
            }
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
            descriptor = descriptor.replace("\"" + url + "\"", "\"" + name + "\"");
        }
        Files.writeString(dir.resolve("datapackage.json"), descriptor, StandardCharsets.UTF_8);
        NpmTools.Run run = NpmTools.run("node", script.toString(), dir.toAbsolutePath().toString());
        String last = run.output().strip().lines().reduce((a, b) -> b).orElse("");
        return new Checked(JSON.readValue(last, JsonNode.class).get("valid").getBooleanValue(), run.output());
    }

    @Test
    void thePackageIsValidAndEveryFileIsTrueToIt() throws Exception {
        Path dir = Files.createTempDirectory("datapackage");
        Checked checked = downloadAndValidate(dir, Map.of());
        assertTrue(checked.valid(), checked.output());
        JsonNode result = JSON.readValue(checked.output().strip().lines().reduce((a, b) -> b).orElseThrow(), JsonNode.class);
        JsonNode bulk = JSON.readValue(HTTP.get("/api/v1/bulk").body(), JsonNode.class);
        Map<String, Long> expectedRows = new LinkedHashMap<>();
        Map<String, Long> readRows = new LinkedHashMap<>();
        for (JsonNode file : bulk.get("files").values()) {
            String name = file.get("name").getStringValue();
            if (name.endsWith(".csv")) {
                expectedRows.put(name, file.get("rows").getLongValue());
                readRows.put(name, result.get("rows").get(name).getLongValue());
            }
        }
        assertFalse(expectedRows.isEmpty());
        assertEquals(expectedRows, readRows, "every row of every CSV read and cast by the schema");
        JsonNode licence = JSON.readValue(HTTP.get("/api/v1/bulk/datapackage.json").body(), JsonNode.class).get("licenses").get(0);
        assertEquals("OGL-UK-3.0", licence.get("name").getStringValue());
    }

    @Test
    void aValueOutsideItsVocabularyFailsTheCheck() throws Exception {
        Path dir = Files.createTempDirectory("datapackage-corrupt");
        Checked checked = downloadAndValidate(dir, Map.of(",MISCONDUCT_HEARING,", ",TRIBUNAL_OF_HONOUR,"));
        assertFalse(checked.valid(), checked.output());
        assertTrue(checked.output().contains("enum"), checked.output());
    }
}
