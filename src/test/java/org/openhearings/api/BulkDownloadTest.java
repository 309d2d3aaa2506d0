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

/** The bulk files as a user downloads them: whole, matching their manifest, holding every record. */
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
        HttpResponse<String> response = http.get(file.url());
        assertEquals(200, response.statusCode());
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        assertEquals(file.bytes(), bytes.length);
        assertEquals(file.sha256(), Sha256.hex(bytes), "the checksum in the manifest is the file's");
        return response.body();
    }

    @Test
    void theJsonLinesFileHoldsEveryRecordOnce() throws IOException {
        BulkFile file = files.get("hearings.jsonl");
        List<String> lines = download(file).lines().toList();
        assertEquals(1 + SampleData.GENERATED_COUNT, lines.size());
        assertEquals(lines.size(), file.rows());
        HashSet<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add(json.readValue(line, Hearing.class).id());
        }
        assertEquals(lines.size(), ids.size());
    }

    @Test
    void theCsvFileHoldsOneRowPerOfficerWithTheApiColumns() throws IOException {
        BulkFile file = files.get("hearings.csv");
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(download(file)));
        assertEquals(HearingCsv.HEADER, parser.getHeaderNames());
        long rows = parser.getRecords().size();
        assertEquals(file.rows(), rows);
        long officers = 0;
        for (String line : download(files.get("hearings.jsonl")).lines().toList()) {
            officers += json.readValue(line, Hearing.class).officers().size();
        }
        assertEquals(officers, rows);
    }

    @Test
    void anUnknownFileIs404() {
        assertEquals(404, http.get("/api/v1/bulk/everything.xlsx").statusCode());
    }
}
