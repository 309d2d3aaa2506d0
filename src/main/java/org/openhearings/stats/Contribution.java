package org.openhearings.stats;

import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one hearing adds to the statistics: the same counts in each of its eight cells. A revision adds
 * the new record's contribution and takes away the old one's, so ingest updates the aggregates by the
 * difference, whatever the number of records stored.
 */
public final class Contribution {
    static final List<String> INTERVALS = List.of("conductEndToInvestigation", "investigationToNotices",
            "noticesToHearing", "conductEndToHearing");

    private Contribution() {
    }

    /** The change to each cell when {@code before} (or nothing) becomes {@code after} (or nothing); zero changes left out. */
    public static Map<StatsCell, Map<String, Long>> delta(Hearing before, Hearing after) {
        Map<StatsCell, Map<String, Long>> delta = new LinkedHashMap<>();
        if (before != null) {
            add(delta, before, -1);
        }
        if (after != null) {
            add(delta, after, 1);
        }
        delta.values().forEach(counts -> counts.values().removeIf(n -> n == 0));
        delta.values().removeIf(Map::isEmpty);
        return delta;
    }

    /** Adds a hearing's counts, times {@code sign}, into every cell it belongs to. */
    public static void add(Map<StatsCell, Map<String, Long>> into, Hearing h, int sign) {
        Map<String, Long> counts = counts(h);
        for (StatsCell cell : cells(h)) {
            Map<String, Long> target = into.computeIfAbsent(cell, c -> new HashMap<>());
            counts.forEach((name, n) -> target.merge(name, sign * n, Long::sum));
        }
    }

    static Set<StatsCell> cells(Hearing h) {
        String kind = h.generated() ? StatsCell.SAMPLE : StatsCell.REAL;
        String year = h.outcomeYear() == null ? StatsCell.NO_YEAR : Integer.toString(h.outcomeYear());
        Set<StatsCell> cells = new LinkedHashSet<>();
        for (String records : List.of(StatsCell.ALL_RECORDS, kind)) {
            for (String force : List.of(StatsCell.ALL_FORCES, h.force().name())) {
                for (String y : List.of(StatsCell.ALL_YEARS, year)) {
                    cells.add(new StatsCell(records, force, y));
                }
            }
        }
        return cells;
    }

    private static void addJoint(Map<String, Long> counts, Hearing h, Dimension a, Dimension b) {
        Set<String> hearingPairs = new LinkedHashSet<>();
        for (Officer o : h.officers()) {
            a.values(h, o).forEach(av -> b.values(h, o).forEach(bv -> {
                counts.merge(CountNames.joint(Measure.OFFICERS, a, av, b, bv), 1L, Long::sum);
                hearingPairs.add(CountNames.joint(Measure.HEARINGS, a, av, b, bv));
            }));
        }
        hearingPairs.forEach(name -> counts.put(name, 1L));
    }

    static Map<String, Long> counts(Hearing h) {
        Map<String, Long> counts = new HashMap<>();
        counts.put(CountNames.HEARINGS_TOTAL, 1L);
        counts.put(CountNames.OFFICERS_TOTAL, (long) h.officers().size());
        counts.put("h.generated." + h.generated(), 1L);
        for (Dimension d : Dimension.values()) {
            if (d.keysCells()) {
                continue;
            }
            Set<String> hearingValues = new LinkedHashSet<>();
            for (Officer o : h.officers()) {
                d.values(h, o).forEach(value -> {
                    counts.merge(CountNames.of(Measure.OFFICERS, d, value), 1L, Long::sum);
                    hearingValues.add(value);
                });
            }
            hearingValues.forEach(value -> counts.put(CountNames.of(Measure.HEARINGS, d, value), 1L));
        }
        addJoint(counts, h, Dimension.CATEGORY, Dimension.OUTCOME);
        CaseTiming timing = CaseTiming.of(h);
        Integer[] days = {timing.conductEndToInvestigation(), timing.investigationToNotices(), timing.noticesToHearing(),
                timing.conductEndToHearing()};
        for (int i = 0; i < INTERVALS.size(); i++) {
            counts.put(days[i] == null ? CountNames.timingLacking(INTERVALS.get(i))
                    : CountNames.timingBin(INTERVALS.get(i), TimingHistogram.bin(days[i])), 1L);
        }
        return counts;
    }
}
