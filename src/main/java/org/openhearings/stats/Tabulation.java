package org.openhearings.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts from the snapshot's cubes, by one dimension and optionally crossed with another. */
public final class Tabulation {
    public static final String ALL = "all";

    private Tabulation() {
    }

    public static CountTable tabulate(StatsSnapshot s, Measure measure, Dimension rows, Dimension columns, StatsFilter filter) {
        List<Group> groups = measure == Measure.OFFICERS
                ? s.officerFacts().stream().filter(f -> filter.covers(f.force(), f.hearingYear(), f.generated()))
                .map(f -> new Group(rows.values(f), columns == null ? null : columns.values(f), f.officers())).toList()
                : s.hearingFacts().stream().filter(f -> filter.covers(f.force(), f.hearingYear(), f.generated()))
                .map(f -> new Group(rows.values(f), columns == null ? null : columns.values(f), f.hearings())).toList();
        List<String> rowValues = values(rows, groups.stream().flatMap(g -> g.rows().stream()));
        List<String> columnValues = columns == null ? List.of(ALL) : values(columns, groups.stream().flatMap(g -> g.columns().stream()));
        long[][] cells = new long[rowValues.size()][columnValues.size()];
        Map<String, Integer> rowIndex = index(rowValues);
        Map<String, Integer> columnIndex = index(columnValues);
        for (Group g : groups) {
            for (String r : g.rows()) {
                for (String c : g.columns()) {
                    cells[rowIndex.get(r)][columnIndex.get(c)] += g.count();
                }
            }
        }
        return new CountTable(rowValues, columnValues, cells);
    }

    /** How many hearings the filter covers, and how many of them are generated sample records. */
    public record Covered(int hearings, int officers, int generatedHearings) {
    }

    public static Covered covered(StatsSnapshot s, StatsFilter filter) {
        int hearings = 0;
        int generated = 0;
        for (HearingFacts f : s.hearingFacts()) {
            if (filter.covers(f.force(), f.hearingYear(), f.generated())) {
                hearings += f.hearings();
                generated += f.generated() ? f.hearings() : 0;
            }
        }
        int officers = s.officerFacts().stream().filter(f -> filter.covers(f.force(), f.hearingYear(), f.generated()))
                .mapToInt(OfficerFacts::officers).sum();
        return new Covered(hearings, officers, generated);
    }

    /** A group of facts: the row values and column values it counts under (column "all" if not crossed). */
    private record Group(List<String> rows, List<String> columns, long count) {
        Group(Stream<String> rows, Stream<String> columns, long count) {
            this(rows.toList(), columns == null ? List.of(ALL) : columns.toList(), count);
        }
    }

    /** The vocabulary in its own order; for years, those in the data, ascending. */
    private static List<String> values(Dimension d, Stream<String> present) {
        return d.vocabulary().isEmpty() ? new ArrayList<>(present.collect(Collectors.toCollection(TreeSet::new))) : d.vocabulary();
    }

    private static Map<String, Integer> index(List<String> values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        return index;
    }
}
