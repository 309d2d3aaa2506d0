package org.openhearings.stats;

import org.openhearings.domain.Force;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Counts by a dimension, crossed with another if asked, from the cells a request read. */
public final class Tabulation {
    public static final String ALL = "all";

    private Tabulation() {
    }

    public static CountTable tabulate(StatsView view, Measure measure, Dimension rows, Dimension columns) {
        List<String> rowValues = values(view, measure, rows);
        List<String> columnValues = columns == null ? List.of(ALL) : values(view, measure, columns);
        long[][] cells = new long[rowValues.size()][columnValues.size()];
        for (int r = 0; r < rowValues.size(); r++) {
            for (int c = 0; c < columnValues.size(); c++) {
                cells[r][c] = count(view, measure, rows, rowValues.get(r), columns, columnValues.get(c));
            }
        }
        return new CountTable(rowValues, columnValues, cells);
    }

    /** The forces a breakdown by force shows: the one the filter names, or every force. */
    public static List<String> forces(StatsView view) {
        return view.filter().force() != null ? List.of(view.filter().force().name())
                : Arrays.stream(Force.values()).map(Force::name).toList();
    }

    private static long count(StatsView view, Measure measure, Dimension rows, String row, Dimension columns, String column) {
        if (rows == columns && !row.equals(column)) {
            return 0; // a year is not another year
        }
        String force = rows == Dimension.FORCE ? row : columns == Dimension.FORCE ? column : view.force();
        String year = rows == Dimension.YEAR ? row : columns == Dimension.YEAR ? column : null;
        var counts = view.sum(force, year);
        if (columns != null && rows.countedWith(columns)) {
            return StatsView.count(counts, CountNames.joint(measure, rows, row, columns, column));
        }
        Dimension counted = rows.keysCells() ? columns : rows;
        String value = rows.keysCells() ? column : row;
        return counted == null || counted.keysCells()
                ? StatsView.count(counts, CountNames.total(measure))
                : StatsView.count(counts, CountNames.of(measure, counted, value));
    }

    /** The vocabulary in its own order; for years of hearing and of conduct, those in the data, ascending. */
    private static List<String> values(StatsView view, Measure measure, Dimension d) {
        return switch (d) {
            case YEAR -> view.years();
            case FORCE -> forces(view);
            case CONDUCT_YEAR -> {
                String prefix = CountNames.prefix(measure, d);
                TreeSet<String> years = new TreeSet<>();
                view.cells().forEach((cell, counts) -> {
                    boolean covered = cell.records().equals(view.records()) && cell.force().equals(view.force())
                            && (view.hasYearRange() ? cell.isYear() && view.inRange(cell.year()) : cell.year().equals(StatsCell.ALL_YEARS));
                    counts.forEach((name, n) -> {
                        if (covered && name.startsWith(prefix) && n > 0) {
                            years.add(name.substring(prefix.length()));
                        }
                    });
                });
                yield List.copyOf(years);
            }
            default -> d.vocabulary();
        };
    }
}
