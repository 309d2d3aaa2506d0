package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;
import org.openhearings.domain.Standard;
import org.openhearings.export.HearingCsv;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV as a journalist gets it over HTTP, parsed back with a CSV library and compared with the JSON. */
class CsvExportTest {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static HttpTestClient http;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        http = LocalServer.client();
        json = TestStack.loadedApp().getBean(JsonMapper.class);
    }

    /** Every CSV row of a query, following the Link headers page by page. */
    private static List<CSVRecord> allRows(String first, String... headers) throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> response = http.get(next, headers);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("text/csv;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
            List<CSVRecord> page = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(response.body())).getRecords();
            rows.addAll(page);
            Matcher link = NEXT.matcher(response.headers().firstValue("Link").orElse(""));
            next = link.find() ? link.group(1) : null;
        }
        return rows;
    }

    private static List<Hearing> allHearings(String query) throws IOException {
        List<Hearing> hearings = new ArrayList<>();
        String next = "/api/v1/hearings?" + query;
        while (next != null) {
            HearingList page = json.readValue(http.get(next).body(), HearingList.class);
            for (var item : page.items()) {
                hearings.add(json.readValue(http.get("/api/v1/hearings/" + item.id()).body(), Hearing.class));
            }
            next = page.next();
        }
        return hearings;
    }

    @ParameterizedTest
    @ValueSource(strings = {"force=KENT&limit=4", "outcome=REDUCTION_IN_RANK&limit=50", "force=METROPOLITAN"})
    void theCsvOfAListHoldsOneRowPerOfficerMatchingTheJson(String query) throws IOException {
        List<Hearing> hearings = allHearings(query);
        List<CSVRecord> rows = allRows("/api/v1/hearings?" + query, "Accept", "text/csv");

        List<String> expected = new ArrayList<>();
        for (Hearing h : hearings) {
            for (Officer o : h.officers()) {
                expected.add(String.join("|", h.id(), h.force().name(), h.outcomeDate() == null ? "" : h.outcomeDate().toString(), o.label(),
                        o.rank().name(), o.outcome().name(), Boolean.toString(o.barredList()),
                        o.standardsBreached().stream().map(Standard::name).collect(Collectors.joining("; ")), h.summary()));
            }
        }
        List<String> actual = rows.stream().map(r -> String.join("|", r.get("hearing_id"), r.get("force"),
                r.get("hearing_date"), r.get("officer_label"), r.get("rank"), r.get("outcome"), r.get("barred_list"),
                r.get("standards_breached"), r.get("summary"))).toList();
        assertTrue(expected.size() > 0);
        assertEquals(expected, actual);
    }

    @Test
    void aRecordDownloadsAsCsvWithTheStableHeader() throws IOException {
        List<CSVRecord> rows = allRows("/api/v1/hearings/h-3b73d1c153734c18?format=csv");
        assertEquals(8, rows.size());
        assertEquals(HearingCsv.HEADER, List.copyOf(rows.get(0).getParser().getHeaderNames()));
        assertEquals("Officer H", rows.get(7).get("officer_label"));
        assertEquals("more than".replace(' ', '_').toUpperCase(), rows.get(7).get("evidence_qualifier"));
    }

    @Test
    void anUnknownFormatIsA400() {
        assertEquals(400, http.get("/api/v1/hearings?format=xml").statusCode());
    }
}
