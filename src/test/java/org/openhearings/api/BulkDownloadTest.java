package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhearings.domain.Hearing;
import org.openhearings.export.BulkFile;
import org.openhearings.export.HearingCsv;
import org.openhearings.hashing.Sha256;
import org.openhearings.local.SampleData;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk files as a user downloads them: two per year of hearing (and two for undated hearings), each a
 * redirect to a signed link on the S3 server that expires, whole and matching the manifest; together
 * they hold every record once.
 */
class BulkDownloadTest {
    private static HttpTestClient http;
    private static JsonMapper json;
    private static Map<String, BulkFile> files;

    @BeforeAll
    static void start() throws IOException {
        http = LocalServer.client();
        json = TestStack.loadedApp().getBean(JsonMapper.class);
        files = json.readValue(http.get("/api/v1/bulk").body(), BulkController.BulkFiles.class).files().stream()
                .collect(Collectors.toMap(BulkFile::name, Function.identity()));
    }

    private static String download(BulkFile file) {
        HttpResponse<String> redirect = http.get(file.url());
        assertEquals(302, redirect.statusCode(), "a file is a redirect to a signed link");
        assertEquals("no-store", redirect.headers().firstValue("Cache-Control").orElse(""));
        String link = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(link.contains("X-Amz-Signature=") && link.contains("X-Amz-Expires=900"), link);
        HttpResponse<String> response = http.download(file.url());
        assertEquals(200, response.statusCode());
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        assertEquals(file.bytes(), bytes.length);
        assertEquals(file.sha256(), Sha256.hex(bytes), "the checksum in the manifest is the file's");
        return response.body();
    }

    @Test
    void everyYearHasItsPairOfFiles() {
        assertTrue(files.containsKey("hearings-undated.jsonl"), "the seed case states no hearing date");
        long years = files.keySet().stream().filter(n -> n.matches("hearings-\\d{4}\\.jsonl")).count();
        assertTrue(years >= 5, files.keySet().toString());
        files.keySet().stream().filter(n -> n.endsWith(".jsonl"))
                .forEach(n -> assertTrue(files.containsKey(n.replace(".jsonl", ".csv")), n));
    }

    @Test
    void theJsonLinesFilesHoldEveryRecordOnceInItsYear() throws IOException {
        HashSet<String> ids = new HashSet<>();
        int lines = 0;
        for (BulkFile file : files.values().stream().filter(f -> f.name().endsWith(".jsonl")).toList()) {
            List<String> rows = download(file).lines().toList();
            assertEquals(rows.size(), file.rows());
            String year = file.name().replace("hearings-", "").replace(".jsonl", "");
            for (String line : rows) {
                Hearing h = json.readValue(line, Hearing.class);
                assertEquals(year, h.outcomeYear() == null ? "undated" : h.outcomeYear().toString(), h.id());
                ids.add(h.id());
                lines++;
            }
        }
        assertEquals(1 + SampleData.GENERATED_COUNT, lines);
        assertEquals(lines, ids.size());
    }

    @Test
    void theCsvFilesHoldOneRowPerOfficerWithTheApiColumns() throws IOException {
        for (BulkFile file : files.values().stream().filter(f -> f.name().endsWith(".csv")).toList()) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(download(file)));
            assertEquals(HearingCsv.HEADER, parser.getHeaderNames());
            long rows = parser.getRecords().size();
            assertEquals(file.rows(), rows);
            long officers = 0;
            for (String line : download(files.get(file.name().replace(".csv", ".jsonl"))).lines().toList()) {
                officers += json.readValue(line, Hearing.class).officers().size();
            }
            assertEquals(officers, rows, file.name());
        }
    }

    @Test
    void anUnknownFileIs404() {
        assertEquals(404, http.get("/api/v1/bulk/everything.xlsx").statusCode());
    }
}
