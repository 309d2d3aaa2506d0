package org.openhearings.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.testing.TestIds;
import org.openhearings.local.SampleData;
import org.openhearings.testing.IsolatedApp;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that a spreadsheet would run as a formula is neutralised in every CSV, and kept as written in JSON. */
class CsvFormulaInjectionTest {
    /** A formula ingest's fail-closed screen lets through (a web address or an unknown word would be refused). */
    private static final String FORMULA = "=1+1";
    private static final String URL = "https://example.org/formula-case";

    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();

    @Test
    void formulaCellsGetALeadingApostropheInRecordListAndBulkCsv() throws IOException {
        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("\"title\": \"Eight", "\"title\": \"" + FORMULA + " eight")
                .replace("\"unitType\": \"Safer Neighbourhood Team\"", "\"unitType\": \"-1+1\"")
                .replace("https://emergency-services.news/two-met", URL);
        org.openhearings.ingest.IngestReport report = APP.ingest("formula.json", raw);
        assertEquals(1, report.created(), report.rejected().toString());
        String id = TestIds.forSource(URL + "-officers-dismissed-for-offensive-whatsapp-messages-following-professional-standards-investigation/", null);

        List<String> bodies = new java.util.ArrayList<>(List.of(APP.http().get("/api/v1/hearings/" + id + "?format=csv").body(),
                APP.http().get("/api/v1/hearings?format=csv").body()));
        bodies.addAll(APP.http().bulkFiles(".csv"));
        for (String path : bodies) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(path)).getRecords();
            if (rows.stream().noneMatch(r -> r.get("hearing_id").equals(id))) {
                continue; // another year's bulk file
            }
            assertTrue(rows.stream().allMatch(r -> r.get("title").equals("'" + FORMULA + " eight officers found to have sent highly offensive WhatsApp messages")), path);
            assertTrue(rows.stream().anyMatch(r -> r.get("unit_type").equals("'-1+1")), path);
            assertTrue(rows.stream().noneMatch(r -> r.values().length > 0 && java.util.Arrays.stream(r.values())
                    .anyMatch(cell -> !cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0)), path);
        }
        assertTrue(APP.http().get("/api/v1/hearings/" + id).body().contains("\"title\":\"=1+1 eight"), "JSON keeps the text as written");
    }
}
