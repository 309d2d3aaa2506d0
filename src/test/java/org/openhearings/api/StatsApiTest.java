package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;
import org.openhearings.ingest.IngestReport;
import org.openhearings.local.SampleData;
import org.openhearings.query.StatsTable;
import org.openhearings.query.TimingStats;
import org.openhearings.stats.Dimension;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.IsolatedApp;
import org.openhearings.testing.MarginAttack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every published statistic, recomputed here from the published records after ingest, a revision and a
 * withdrawal; and an attack on every table's margins that must recover no suppressed figure.
 */
class StatsApiTest {
    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();
    private static HttpTestClient http;
    private static JsonMapper json;

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
        for (String line : http.get("/api/v1/bulk/hearings.jsonl").body().lines().toList()) {
            hearings.add(json.readValue(line, Hearing.class));
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
        List<Hearing> records = records();
        assertEquals(expectedRecords, records.size());
        for (String measure : List.of("officers", "hearings")) {
            for (Dimension dimension : Dimension.values()) {
                for (String by : new String[]{null, "year", "force"}) {
                    String path = "/api/v1/stats/" + measure + "/" + dimension.parameter() + (by == null ? "" : "?by=" + by);
                    var response = http.get(path);
                    assertEquals(200, response.statusCode(), path + " " + response.body());
                    StatsTable table = json.readValue(response.body(), StatsTable.class);
                    assertEquals(expectedRecords, table.records());
                    Map<String, Long> truth = recompute(records, measure, dimension.parameter(), by);
                    compare(path, table, truth);
                    attack(path, table, truth);
                }
            }
        }
        checkTimings(records);
    }

    /** Counts per "row|column", from the records, by this test's own reading of each dimension. */
    private static Map<String, Long> recompute(List<Hearing> records, String measure, String dimension, String by) {
        Map<String, Long> counts = new HashMap<>();
        for (Hearing h : records) {
            // A hearing whose date is not stated is in no year column.
            List<String> columns = by == null ? List.of("all") : "force".equals(by) ? List.of(h.force().name())
                    : h.outcomeDate() == null ? List.of() : List.of(Integer.toString(h.outcomeDate().year()));
            List<List<String>> units = new ArrayList<>();
            if ("officers".equals(measure)) {
                h.officers().forEach(o -> units.add(officerValues(h, o, dimension)));
            } else {
                units.add(h.officers().stream().flatMap(o -> officerValues(h, o, dimension).stream()).distinct().toList());
            }
            for (List<String> values : units) {
                for (String row : values) {
                    for (String column : columns) {
                        counts.merge(row + "|" + column, 1L, Long::sum);
                    }
                }
            }
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
                StatsTable.Cell cell = row.cells().get(c);
                if (cell.suppressed()) {
                    assertTrue(cell.count() == null, path + ": a suppressed cell has no count");
                } else {
                    assertEquals(expected, cell.count(), path + " " + row.value() + "/" + table.columns().get(c).value());
                }
            }
            if (!row.total().suppressed()) {
                assertEquals(rowSum, row.total().count(), path + " total of " + row.value());
            }
            grand += rowSum;
        }
        assertEquals(truth.values().stream().mapToLong(Long::longValue).sum(), grand, path + ": rows cover every value");
        if (!table.total().suppressed()) {
            assertEquals(grand, table.total().count(), path + " grand total");
        }
    }

    /** The published margins must not give away any suppressed figure exactly. */
    private static void attack(String path, StatsTable table, Map<String, Long> truth) {
        MarginAttack attack = new MarginAttack();
        int rows = table.rows().size();
        int cols = table.columns().size();
        int[][] cell = new int[rows][cols];
        List<Long> actual = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                StatsTable.Cell published = table.rows().get(r).cells().get(c);
                cell[r][c] = attack.figure(table.rows().get(r).value() + "/" + table.columns().get(c).value(), published.count());
                actual.add(truth.getOrDefault(table.rows().get(r).value() + "|" + table.columns().get(c).value(), 0L));
            }
        }
        int[] rowTotal = new int[rows];
        for (int r = 0; r < rows; r++) {
            if (cols == 1) {
                rowTotal[r] = cell[r][0];
            } else {
                rowTotal[r] = attack.figure(table.rows().get(r).value() + "/total", table.rows().get(r).total().count());
                actual.add(List.of(cell[r]).isEmpty() ? 0 : sum(actual, cell[r]));
                attack.equation(List.of(cell[r]).stream().flatMapToInt(java.util.Arrays::stream).boxed().toList(), rowTotal[r]);
            }
        }
        int[] columnTotal = new int[cols];
        for (int c = 0; c < cols; c++) {
            columnTotal[c] = attack.figure("total/" + table.columns().get(c).value(), table.columnTotals().get(c).count());
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                parts.add(cell[r][c]);
            }
            actual.add(sum(actual, parts.stream().mapToInt(Integer::intValue).toArray()));
            attack.equation(parts, columnTotal[c]);
        }
        if (cols > 1) {
            int total = attack.figure("total", table.total().count());
            actual.add(sum(actual, columnTotal));
            attack.equation(java.util.Arrays.stream(columnTotal).boxed().toList(), total);
            attack.equation(java.util.Arrays.stream(rowTotal).boxed().toList(), total);
        }
        double[][] bounds = attack.bounds();
        for (int i = 0; i < bounds.length; i++) {
            MarginAttack.Figure f = attack.figures().get(i);
            if (f.published() == null) {
                assertTrue(bounds[i][0] <= actual.get(i) && actual.get(i) <= bounds[i][1], path + " " + f.name() + ": the attack is sound");
                assertTrue(bounds[i][1] - bounds[i][0] >= 1, path + " " + f.name() + " is recoverable: " + bounds[i][0]);
            }
        }
    }

    private static long sum(List<Long> values, int[] indices) {
        long sum = 0;
        for (int i : indices) {
            sum += values.get(i);
        }
        return sum;
    }

    private static void checkTimings(List<Hearing> records) throws Exception {
        TimingStats timings = json.readValue(http.get("/api/v1/stats/timings?by=force").body(), TimingStats.class);
        assertEquals(records.size(), timings.cases().size());
        Map<String, List<Hearing>> byForce = records.stream().collect(Collectors.groupingBy(h -> h.force().name()));
        for (TimingStats.Group group : timings.groups()) {
            List<Hearing> members = "all".equals(group.value()) ? records : byForce.getOrDefault(group.value(), List.of());
            // Only cases that state both ends count: the seed case states no hearing date.
            List<Integer> days = members.stream().filter(h -> h.noticesServed() != null && h.outcomeDate() != null)
                    .map(h -> (int) h.noticesServed().daysUntil(
                    h.outcomeDate())).sorted().toList();
            TimingStats.Interval interval = group.intervals().stream()
                    .filter(i -> i.interval().equals("noticesToHearing")).findFirst().orElseThrow();
            if (days.size() < 5) {
                assertTrue(interval.suppressed(), group.value());
            } else {
                double position = 0.5 * (days.size() - 1);
                double median = days.get((int) Math.floor(position))
                        + (position - Math.floor(position)) * (days.get((int) Math.ceil(position)) - days.get((int) Math.floor(position)));
                assertEquals(median, interval.median(), 1e-9, group.value());
                assertEquals(days.size(), interval.cases());
            }
        }
        assertTrue(Set.of("all").contains(timings.groups().get(0).value()));
    }
}
