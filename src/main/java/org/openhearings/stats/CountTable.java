package org.openhearings.stats;

import java.util.List;

/**
 * Counts by a dimension (rows) and optionally a second one (columns; one column "all" otherwise).
 * Totals are the sums of the cells.
 */
public record CountTable(List<String> rows, List<String> columns, long[][] cells) {

    public long rowTotal(int r) {
        long sum = 0;
        for (long v : cells[r]) {
            sum += v;
        }
        return sum;
    }

    public long columnTotal(int c) {
        long sum = 0;
        for (long[] row : cells) {
            sum += row[c];
        }
        return sum;
    }

    public long total() {
        long sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            sum += rowTotal(r);
        }
        return sum;
    }
}
