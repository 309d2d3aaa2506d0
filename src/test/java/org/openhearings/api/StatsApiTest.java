package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;
import org.openhearings.ingest.IngestReport;
import org.openhearings.local.SampleData;
import org.openhearings.domain.Outcome;
import org.openhearings.query.StatsOverview;
import org.openhearings.query.StatsTable;
import org.openhearings.query.TimingStats;
import org.openhearings.stats.CaseTiming;
import org.openhearings.stats.Dimension;
import org.openhearings.stats.TimingHistogram;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.IsolatedApp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every published statistic, recomputed here from the published records after ingest, a revision and a
 * withdrawal, with no filter and under each filter the API and the dashboard take: exact counts only.
 */
class StatsApiTest {
    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();
    private static HttpTestClient http;
    private static JsonMapper json;

    /** Each filter as a query string, and this test's own reading of it. */
    private record Filter(String query, Predicate<Hearing> covers) {
    }

    private static final List<Filter> FILTERS = List.of(
            new Filter("", h -> true),
            new Filter("generated=false", h -> !h.generated()),
            new Filter("generated=true", Hearing::generated),
            new Filter("force=METROPOLITAN", h -> h.force().name().equals("METROPOLITAN")),
            new Filter("from=2022&to=2023", h -> h.outcomeDate() != null && h.outcomeDate().year() >= 2022 && h.outcomeDate().year() <= 2023),
            new Filter("from=2022-01-01&to=2023-12-31", h -> h.outcomeDate() != null && h.outcomeDate().year() >= 2022 && h.outcomeDate().year() <= 2023),
            new Filter("force=KENT&from=2021&generated=true", h -> h.force().name().equals("KENT") && h.generated()
                    && h.outcomeDate() != null && h.outcomeDate().year() >= 2021));

    @BeforeAll
    static void start() {
        http = APP.http();
        json = APP.json();
    }

    private static IngestReport ingest(String name, String content) {
        return APP.ingest(name, content);
    }

    /** The records as anyone can download them. */
    private static List<Hearing> records() throws Exception {
        List<Hearing> hearings = new ArrayList<>();
        for (String file : http.bulkFiles(".jsonl")) {
            for (String line : file.lines().toList()) {
                hearings.add(json.readValue(line, Hearing.class));
            }
        }
        return hearings;
    }

    @Test
    void everyFigureEqualsTheRecordsAfterIngestRevisionAndWithdrawal() throws Exception {
        String generated = new String(SampleData.generated(json, 120, 77).content(), StandardCharsets.UTF_8);
        ingest("seed.json", new String(SampleData.seedCase().content(), StandardCharsets.UTF_8));
        ingest("generated.json", generated);
        checkEveryTable(121);

        String revised = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replaceFirst("\"DISMISSED_WITHOUT_NOTICE\"", "\"FINAL_WRITTEN_WARNING\"");
        assertEquals(1, ingest("seed-revised.json", revised).updated());
        checkEveryTable(121);

        String withdrawals = Stream.of(0, 1, 2)
                .map(n -> "{\"withdrawn\": true, \"source\": {\"url\": \"https://example.org/generated/77/hearing-" + n + "\"}}")
                .collect(Collectors.joining(",", "[", "]"));
        assertEquals(3, ingest("withdrawals.json", withdrawals).removed());
        checkEveryTable(118);
    }

    private void checkEveryTable(int expectedRecords) throws Exception {
        List<Hearing> all = records();
        assertEquals(expectedRecords, all.size());
        for (Filter filter : FILTERS) {
            List<Hearing> records = all.stream().filter(filter.covers()).toList();
            checkOverview(filter, records);
            for (String measure : List.of("officers", "hearings")) {
                for (Dimension dimension : Dimension.values()) {
                    List<String> crossings = new ArrayList<>(Arrays.asList(null, "year", "force"));
                    Arrays.stream(Dimension.values()).filter(dimension::countedWith).forEach(d -> crossings.add(d.parameter()));
                    for (String by : crossings) {
                        String query = Stream.of(by == null ? "" : "by=" + by, filter.query()).filter(q -> !q.isEmpty())
                                .collect(Collectors.joining("&"));
                        String path = "/api/v1/stats/" + measure + "/" + dimension.parameter() + (query.isEmpty() ? "" : "?" + query);
                        var response = http.get(path);
                        assertEquals(200, response.statusCode(), path + " " + response.body());
                        StatsTable table = json.readValue(response.body(), StatsTable.class);
                        assertEquals(records.size(), table.records(), path);
                        compare(path, table, recompute(records, measure, dimension.parameter(), by));
                    }
                }
            }
            checkTimings(filter, records);
        }
    }

    /** The headline figures follow the filters too. */
    private static void checkOverview(Filter filter, List<Hearing> records) throws Exception {
        String path = "/api/v1/stats" + (filter.query().isEmpty() ? "" : "?" + filter.query());
        StatsOverview overview = json.readValue(http.get(path).body(), StatsOverview.class);
        assertEquals(records.size(), overview.hearings(), path);
        assertEquals(records.stream().mapToInt(h -> h.officers().size()).sum(), overview.officers(), path);
        assertEquals(records.stream().filter(Hearing::generated).count(), overview.generatedHearings(), path);
        List<Officer> officers = records.stream().flatMap(h -> h.officers().stream()).toList();
        long dismissals = officers.stream().filter(o -> o.outcome().dismissal()).count();
        long after = officers.stream().filter(o -> o.outcome() == Outcome.WOULD_HAVE_BEEN_DISMISSED).count();
        assertEquals(dismissals, overview.afterLeaving().dismissals(), path);
        assertEquals(after, overview.afterLeaving().wouldHaveBeenDismissed(), path);
        assertEquals(dismissals == 0 ? null : (double) after / dismissals, overview.afterLeaving().share(), path);
        assertTrue(overview.basis().startsWith("Exact counts"), path);
    }

    /** Counts per "row|column", from the records, by this test's own reading of each dimension. */
    private static Map<String, Long> recompute(List<Hearing> records, String measure, String dimension, String by) {
        Map<String, Long> counts = new HashMap<>();
        for (Hearing h : records) {
            // A hearing whose date is not stated is in no year column.
            List<String> hearingColumns = by == null ? List.of("all") : "force".equals(by) ? List.of(h.force().name())
                    : "year".equals(by) ? (h.outcomeDate() == null ? List.of() : List.of(Integer.toString(h.outcomeDate().year())))
                    : null;
            Set<String> cells = new HashSet<>();
            for (Officer o : h.officers()) {
                List<String> columns = hearingColumns != null ? hearingColumns : officerValues(h, o, by);
                for (String row : officerValues(h, o, dimension)) {
                    for (String column : columns) {
                        if ("officers".equals(measure)) {
                            counts.merge(row + "|" + column, 1L, Long::sum);
                        } else {
                            cells.add(row + "|" + column); // a hearing counts once in each of its cells
                        }
                    }
                }
            }
            cells.forEach(cell -> counts.merge(cell, 1L, Long::sum));
        }
        return counts;
    }

    private static List<String> officerValues(Hearing h, Officer o, String dimension) {
        Function<Object, List<String>> one = v -> v == null ? List.of() : List.of(String.valueOf(v));
        return switch (dimension) {
            case "outcome" -> one.apply(o.outcome());
            case "finding" -> one.apply(o.finding());
            case "standard" -> o.standardsBreached().stream().map(Enum::name).toList();
            case "rank" -> one.apply(o.rank());
            case "status" -> one.apply(o.status());
            case "serving" -> one.apply(!o.status().former());
            case "type" -> one.apply(h.hearingType());
            case "force" -> one.apply(h.force());
            case "year" -> h.outcomeDate() == null ? List.of() : one.apply(h.outcomeDate().year());
            case "conduct-year" -> h.conductPeriod() == null ? List.of()
                    : one.apply((h.conductPeriod().to() != null ? h.conductPeriod().to() : h.conductPeriod().from()).year());
            case "barred-list" -> one.apply(o.barredList());
            case "category" -> h.conductCategories() == null ? List.of() : h.conductCategories().stream().map(Enum::name).toList();
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    private static void compare(String path, StatsTable table, Map<String, Long> truth) {
        long grand = 0;
        for (StatsTable.Row row : table.rows()) {
            long rowSum = 0;
            for (int c = 0; c < table.columns().size(); c++) {
                long expected = truth.getOrDefault(row.value() + "|" + table.columns().get(c).value(), 0L);
                rowSum += expected;
                assertEquals(expected, row.cells().get(c), path + " " + row.value() + "/" + table.columns().get(c).value());
            }
            assertEquals(rowSum, row.total(), path + " total of " + row.value());
            grand += rowSum;
        }
        assertEquals(truth.values().stream().mapToLong(Long::longValue).sum(), grand, path + ": rows cover every value");
        assertEquals(grand, table.total(), path + " grand total");
    }

    private static void checkTimings(Filter filter, List<Hearing> records) throws Exception {
        String path = "/api/v1/stats/timings?by=force" + (filter.query().isEmpty() ? "" : "&" + filter.query());
        TimingStats timings = json.readValue(http.get(path).body(), TimingStats.class);
        assertEquals(records.size(), timings.records(), path);
        Map<String, List<Hearing>> byForce = records.stream().collect(Collectors.groupingBy(h -> h.force().name()));
        for (TimingStats.Group group : timings.groups()) {
            List<Hearing> members = "all".equals(group.value()) ? records : byForce.getOrDefault(group.value(), List.of());
            // Only cases that state both ends count: the seed case states no hearing date.
            List<Integer> days = members.stream().filter(h -> h.noticesServed() != null && h.outcomeDate() != null)
                    .map(h -> (int) h.noticesServed().daysUntil(h.outcomeDate())).sorted().toList();
            TimingStats.Interval interval = group.intervals().stream()
                    .filter(i -> i.interval().equals("noticesToHearing")).findFirst().orElseThrow();
            assertEquals(days.size(), interval.cases(), path + " " + group.value());
            assertEquals(members.size() - days.size(), interval.lackingDates(), path + " " + group.value());
            if (days.isEmpty()) {
                assertNull(interval.median(), path + " " + group.value());
            } else {
                // The published median comes from counts in week- or month-wide bins: it lies in the true median's bin.
                double position = 0.5 * (days.size() - 1);
                double median = days.get((int) Math.floor(position))
                        + (position - Math.floor(position)) * (days.get((int) Math.ceil(position)) - days.get((int) Math.floor(position)));
                double widest = TimingHistogram.resolution(days.get((int) Math.ceil(position)));
                assertEquals(median, interval.median(), widest, path + " " + group.value());
            }
        }
        assertEquals("all", timings.groups().get(0).value());
        checkCases(filter, records);
    }

    /** Each case's own timings, paged: every covered hearing once, with its exact durations. */
    private static void checkCases(Filter filter, List<Hearing> records) throws Exception {
        Map<String, Hearing> byId = records.stream().collect(Collectors.toMap(Hearing::id, h -> h));
        String next = "/api/v1/stats/timings/cases?limit=100" + (filter.query().isEmpty() ? "" : "&" + filter.query());
        int seen = 0;
        while (next != null) {
            CaseTimingList page = json.readValue(http.get(next).body(), CaseTimingList.class);
            for (CaseTiming timing : page.items()) {
                assertEquals(CaseTiming.of(byId.get(timing.id())), timing, filter.query());
                seen++;
            }
            next = page.next();
        }
        long expected = records.stream().filter(h -> !filter.query().contains("from=") || h.outcomeDate() != null).count();
        assertEquals(expected, seen, "every covered case once: " + filter.query());
    }
}
