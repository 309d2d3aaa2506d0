package org.openhearings.query;

import jakarta.inject.Singleton;
import org.openhearings.domain.Outcome;
import org.openhearings.stats.CaseTiming;
import org.openhearings.stats.CountTable;
import org.openhearings.stats.Dimension;
import org.openhearings.stats.Measure;
import org.openhearings.stats.StatsFilter;
import org.openhearings.stats.StatsSnapshot;
import org.openhearings.stats.Tabulation;
import org.openhearings.stats.TimingDistribution;
import org.openhearings.store.StatsStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Statistics from the precomputed snapshot: one DynamoDB read per request whatever the table size.
 * Counts are exact: they equal what the published records say.
 */
@Singleton
public class StatsService {
    /** Why counts are exact, said with every statistics response. */
    public static final String BASIS = "Exact counts of the published records. Every hearing counted here is published one by one, "
            + "so a count shows nothing the records do not; anonymity is protected in each record (no names, no link to named "
            + "sources), not by withholding counts. An officer with several standards breached, or a hearing with several "
            + "outcomes, counts under each.";
    /** The list filter each dimension's values correspond to, for links to the hearings behind a row. */
    private static final Map<Dimension, String> LIST_FILTERS = Map.of(Dimension.OUTCOME, "outcome",
            Dimension.FINDING, "finding", Dimension.STANDARD, "standard", Dimension.RANK, "rank",
            Dimension.STATUS, "status", Dimension.SERVING, "serving", Dimension.TYPE, "type", Dimension.FORCE, "force",
            Dimension.BARRED_LIST, "barredList");
    private static final List<String> INTERVALS = List.of("conductEndToInvestigation", "investigationToNotices",
            "noticesToHearing", "conductEndToHearing");

    private final StatsStore store;

    public StatsService(StatsStore store) {
        this.store = store;
    }

    /** The snapshot every figure comes from: one DynamoDB read; a page showing several tables reads it once. */
    public StatsSnapshot snapshot() {
        return store.load();
    }

    public StatsOverview overview(StatsFilter filter) {
        return overview(store.load(), filter);
    }

    public StatsTable table(Measure measure, Dimension rows, Dimension by, StatsFilter filter) {
        return table(store.load(), measure, rows, by, filter);
    }

    public TimingStats timings(Dimension by, StatsFilter filter) {
        return timings(store.load(), by, filter);
    }

    public StatsOverview overview(StatsSnapshot s, StatsFilter filter) {
        CountTable outcomes = Tabulation.tabulate(s, Measure.OFFICERS, Dimension.OUTCOME, null, filter);
        long wouldHave = 0;
        long dismissals = 0;
        for (int r = 0; r < outcomes.rows().size(); r++) {
            Outcome outcome = Outcome.valueOf(outcomes.rows().get(r));
            dismissals += outcome.dismissal() ? outcomes.cells()[r][0] : 0;
            wouldHave += outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED ? outcomes.cells()[r][0] : 0;
        }
        Double share = dismissals == 0 ? null : (double) wouldHave / dismissals;
        List<String> dimensions = Arrays.stream(Dimension.values()).map(Dimension::parameter).toList();
        List<String> tables = new ArrayList<>();
        for (Measure m : Measure.values()) {
            dimensions.forEach(d -> tables.add("/api/v1/stats/" + m.name().toLowerCase(Locale.ROOT) + "/" + d));
        }
        tables.add("/api/v1/stats/timings");
        Tabulation.Covered covered = Tabulation.covered(s, filter);
        return new StatsOverview(s.generatedAt(), filters(filter), covered.hearings(), covered.officers(), covered.generatedHearings(),
                new StatsOverview.AfterLeaving(dismissals, wouldHave, share), BASIS, dimensions, tables);
    }

    public StatsTable table(StatsSnapshot s, Measure measure, Dimension rows, Dimension by, StatsFilter filter) {
        CountTable table = Tabulation.tabulate(s, measure, rows, by, filter);
        List<StatsTable.Row> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String value = table.rows().get(r);
            out.add(new StatsTable.Row(value, rows.label(value), Arrays.stream(table.cells()[r]).boxed().toList(), table.rowTotal(r),
                    hearingsLink(rows, value, filter)));
        }
        List<Long> columnTotals = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            columnTotals.add(table.columnTotal(c));
        }
        List<StatsTable.Heading> headings = table.columns().stream()
                .map(v -> new StatsTable.Heading(v, by == null ? "All" : by.label(v))).toList();
        return new StatsTable(measure.name().toLowerCase(Locale.ROOT), rows.parameter(), by == null ? null : by.parameter(),
                s.generatedAt(), Tabulation.covered(s, filter).hearings(), filters(filter), BASIS, headings, out, columnTotals, table.total());
    }

    public TimingStats timings(StatsSnapshot s, Dimension by, StatsFilter filter) {
        // Grouped by year, a case whose hearing date is not stated belongs to no group.
        List<CaseTiming> cases = s.timings().stream().filter(t -> filter.covers(t.force(), t.hearingYear(), t.generated()))
                .filter(t -> by == Dimension.FORCE || t.hearingYear() != null).toList();
        Function<CaseTiming, String> group = by == Dimension.FORCE ? t -> t.force().name() : t -> Integer.toString(t.hearingYear());
        List<String> values = by == Dimension.FORCE ? Dimension.FORCE.vocabulary()
                : cases.stream().map(group).distinct().sorted().toList();
        List<TimingStats.Group> groups = new ArrayList<>();
        for (String value : values) {
            List<CaseTiming> members = cases.stream().filter(t -> group.apply(t).equals(value)).toList();
            if (!members.isEmpty()) {
                groups.add(new TimingStats.Group(value, by.label(value), intervals(members)));
            }
        }
        groups.add(0, new TimingStats.Group(Tabulation.ALL, "All cases", intervals(cases)));
        return new TimingStats(s.generatedAt(), Tabulation.covered(s, filter).hearings(), by.parameter(), filters(filter), BASIS, groups, cases);
    }

    private static List<TimingStats.Interval> intervals(List<CaseTiming> cases) {
        List<TimingStats.Interval> out = new ArrayList<>();
        for (String interval : INTERVALS) {
            List<Integer> days = cases.stream().map(t -> switch (interval) {
                case "conductEndToInvestigation" -> t.conductEndToInvestigation();
                case "investigationToNotices" -> t.investigationToNotices();
                case "noticesToHearing" -> t.noticesToHearing();
                default -> t.conductEndToHearing();
            }).filter(Objects::nonNull).toList();
            int lacking = cases.size() - days.size();
            if (days.isEmpty()) {
                out.add(new TimingStats.Interval(interval, 0, lacking, null, null, null));
            } else {
                TimingDistribution d = TimingDistribution.of(days);
                out.add(new TimingStats.Interval(interval, d.cases(), lacking, d.q1(), d.median(), d.q3()));
            }
        }
        return out;
    }

    private static StatsTable.Filters filters(StatsFilter f) {
        return new StatsTable.Filters(f.force() == null ? null : f.force().name(), f.fromYear(), f.toYear(), f.generated());
    }

    /** The search page listing the hearings behind a row (for dimensions the list can filter by). */
    private static String hearingsLink(Dimension d, String value, StatsFilter f) {
        StringBuilder link = new StringBuilder("/?");
        if (d == Dimension.YEAR) {
            link.append("from=").append(value).append("-01-01&to=").append(value).append("-12-31");
        } else if (LIST_FILTERS.containsKey(d)) {
            link.append(LIST_FILTERS.get(d)).append('=').append(value);
        } else {
            return null;
        }
        if (f.force() != null && d != Dimension.FORCE) {
            link.append("&force=").append(f.force().name());
        }
        if (d != Dimension.YEAR && f.fromYear() != null) {
            link.append("&from=").append(f.fromYear()).append("-01-01");
        }
        if (d != Dimension.YEAR && f.toYear() != null) {
            link.append("&to=").append(f.toYear()).append("-12-31");
        }
        if (f.generated() != null) {
            link.append("&generated=").append(f.generated());
        }
        return link.toString();
    }

}
