package org.openhearings.query;

import jakarta.inject.Singleton;
import org.openhearings.domain.Force;
import org.openhearings.domain.Outcome;
import org.openhearings.stats.CountNames;
import org.openhearings.stats.CountTable;
import org.openhearings.stats.Dimension;
import org.openhearings.stats.Measure;
import org.openhearings.stats.StatsFilter;
import org.openhearings.stats.StatsView;
import org.openhearings.stats.Tabulation;
import org.openhearings.stats.TimingHistogram;
import org.openhearings.store.StatsCountStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Statistics from the pre-tabulated cells: a request reads its own cells (one Query; a breakdown by force
 * adds BatchGets of every force's cells), whatever the number of records. Counts are exact: they equal
 * what the published records say; timing quartiles are read from per-cell histograms.
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
            Dimension.BARRED_LIST, "barredList", Dimension.CATEGORY, "category");
    private static final List<String> INTERVALS = List.of("conductEndToInvestigation", "investigationToNotices",
            "noticesToHearing", "conductEndToHearing");

    private final StatsCountStore store;

    public StatsService(StatsCountStore store) {
        this.store = store;
    }

    /**
     * The cells a page showing several tables reads once; of each force's cell, the counts its breakdown by
     * force draws ({@code forceCounts}; empty: no breakdown by force).
     */
    public StatsView view(StatsFilter filter, Set<String> forceCounts) {
        return store.load(filter, !forceCounts.isEmpty(), false, forceCounts.isEmpty() ? null : forceCounts);
    }

    public StatsOverview overview(StatsFilter filter) {
        Set<String> counts = new HashSet<>(Set.of(CountNames.HEARINGS_TOTAL, CountNames.OFFICERS_TOTAL, CountNames.SAMPLE_HEARINGS));
        Dimension.OUTCOME.vocabulary().forEach(o -> counts.add(CountNames.of(Measure.OFFICERS, Dimension.OUTCOME, o)));
        return overview(store.loadCounts(filter, false, false, counts));
    }

    public StatsTable table(Measure measure, Dimension rows, Dimension by, StatsFilter filter) {
        boolean eachForce = rows == Dimension.FORCE || by == Dimension.FORCE;
        boolean eachYear = rows == Dimension.YEAR || by == Dimension.YEAR;
        Set<String> counts = countsOf(measure, rows, by);
        return table(counts == null ? store.load(filter, eachForce, eachYear) : store.loadCounts(filter, eachForce, eachYear, counts),
                measure, rows, by);
    }

    /**
     * The counts a table of {@code rows} by {@code by} reads from each cell: its dimensions' (or their joint
     * counts) and the totals; null (whole cells) for years of conduct, whose values come from the data.
     */
    private static Set<String> countsOf(Measure measure, Dimension rows, Dimension by) {
        if (rows == Dimension.CONDUCT_YEAR || by == Dimension.CONDUCT_YEAR) {
            return null;
        }
        Set<String> counts = new HashSet<>(List.of(CountNames.total(measure), CountNames.HEARINGS_TOTAL)); // the same for hearings
        for (Dimension d : Arrays.asList(rows, by)) {
            if (d != null && !d.keysCells()) {
                d.vocabulary().forEach(v -> counts.add(CountNames.of(measure, d, v)));
            }
        }
        if (by != null && rows.countedWith(by)) {
            rows.vocabulary().forEach(r -> by.vocabulary().forEach(c -> counts.add(CountNames.joint(measure, rows, r, by, c))));
        }
        return counts;
    }

    public TimingStats timings(Dimension by, StatsFilter filter) {
        return timings(store.load(filter, by == Dimension.FORCE, false), by);
    }

    public StatsOverview overview(StatsView view) {
        Map<String, Long> counts = view.sum(view.force(), null);
        long dismissals = 0;
        for (Outcome outcome : Outcome.values()) {
            dismissals += outcome.dismissal() ? StatsView.count(counts, CountNames.of(Measure.OFFICERS, Dimension.OUTCOME, outcome.name())) : 0;
        }
        long wouldHave = StatsView.count(counts, CountNames.of(Measure.OFFICERS, Dimension.OUTCOME, Outcome.WOULD_HAVE_BEEN_DISMISSED.name()));
        Double share = dismissals == 0 ? null : (double) wouldHave / dismissals;
        List<String> dimensions = Arrays.stream(Dimension.values()).map(Dimension::parameter).toList();
        List<String> tables = new ArrayList<>();
        for (Measure m : Measure.values()) {
            dimensions.forEach(d -> tables.add("/api/v1/stats/" + m.name().toLowerCase(Locale.ROOT) + "/" + d));
        }
        tables.add("/api/v1/stats/timings");
        return new StatsOverview(view.asOf(), filters(view.filter()), (int) StatsView.count(counts, CountNames.HEARINGS_TOTAL),
                (int) StatsView.count(counts, CountNames.OFFICERS_TOTAL), (int) StatsView.count(counts, CountNames.SAMPLE_HEARINGS),
                new StatsOverview.AfterLeaving(dismissals, wouldHave, share), BASIS, dimensions, tables);
    }

    public StatsTable table(StatsView view, Measure measure, Dimension rows, Dimension by) {
        CountTable table = Tabulation.tabulate(view, measure, rows, by);
        List<StatsTable.Row> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String value = table.rows().get(r);
            out.add(new StatsTable.Row(value, rows.label(value), Arrays.stream(table.cells()[r]).boxed().toList(), table.rowTotal(r),
                    hearingsLink(rows, value, view.filter())));
        }
        List<Long> columnTotals = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            columnTotals.add(table.columnTotal(c));
        }
        List<StatsTable.Heading> headings = table.columns().stream()
                .map(v -> new StatsTable.Heading(v, by == null ? "All" : by.label(v))).toList();
        return new StatsTable(measure.name().toLowerCase(Locale.ROOT), rows.parameter(), by == null ? null : by.parameter(),
                view.asOf(), covered(view), filters(view.filter()), BASIS, headings, out, columnTotals, table.total());
    }

    public TimingStats timings(StatsView view, Dimension by) {
        List<TimingStats.Group> groups = new ArrayList<>();
        groups.add(new TimingStats.Group(Tabulation.ALL, "All cases", intervals(view.sum(view.force(), null))));
        if (by == Dimension.FORCE) {
            for (String force : Tabulation.forces(view)) {
                Map<String, Long> counts = view.sum(force, null);
                if (StatsView.count(counts, CountNames.HEARINGS_TOTAL) > 0) {
                    groups.add(new TimingStats.Group(force, Force.valueOf(force).label(), intervals(counts)));
                }
            }
        } else {
            // Grouped by year, a case whose hearing date is not stated belongs to no group.
            for (String year : view.years()) {
                groups.add(new TimingStats.Group(year, year, intervals(view.sum(view.force(), year))));
            }
        }
        String casesUrl = "/api/v1/stats/timings/cases" + StatsQuery.of(view.filter());
        return new TimingStats(view.asOf(), covered(view), by.parameter(), filters(view.filter()), BASIS
                + " Quartiles are read from counts of cases by duration: to within a week under a year, a month under ten years.",
                groups, casesUrl);
    }

    private static int covered(StatsView view) {
        return (int) StatsView.count(view.sum(view.force(), null), CountNames.HEARINGS_TOTAL);
    }

    private static List<TimingStats.Interval> intervals(Map<String, Long> counts) {
        List<TimingStats.Interval> out = new ArrayList<>();
        for (String interval : INTERVALS) {
            String prefix = "t." + interval + ".";
            Map<Integer, Long> bins = new HashMap<>();
            counts.forEach((name, n) -> {
                if (name.startsWith(prefix) && !name.equals(CountNames.timingLacking(interval))) {
                    bins.put(Integer.parseInt(name.substring(prefix.length())), n);
                }
            });
            int cases = (int) bins.values().stream().mapToLong(Long::longValue).sum();
            int lacking = (int) StatsView.count(counts, CountNames.timingLacking(interval));
            out.add(new TimingStats.Interval(interval, cases, lacking, TimingHistogram.quantile(bins, 0.25),
                    TimingHistogram.quantile(bins, 0.5), TimingHistogram.quantile(bins, 0.75)));
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
