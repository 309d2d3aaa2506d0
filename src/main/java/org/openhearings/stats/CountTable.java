package org.openhearings.stats;

import java.util.List;

/**
 * Counts by a dimension (rows) and optionally a second one (columns; one column "all" otherwise).
 * Totals are the sums of the cells, so every published margin is an exact linear relation, which is
 * what disclosure control protects against.
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

    /**
     * The table with its margins as one grid: cells at [r][c], row totals in the last column, column
     * totals in the last row, the grand total in the corner. A table of one column has no separate row
     * totals (they are its cells): its grid is that column and its total.
     */
    long[][] grid() {
        int rs = rows.size();
        int cs = columns.size();
        if (cs == 1) {
            long[][] grid = new long[rs + 1][1];
            for (int r = 0; r < rs; r++) {
                grid[r][0] = cells[r][0];
                grid[rs][0] += cells[r][0];
            }
            return grid;
        }
        long[][] grid = new long[rs + 1][cs + 1];
        for (int r = 0; r < rs; r++) {
            for (int c = 0; c < cs; c++) {
                grid[r][c] = cells[r][c];
                grid[r][cs] += cells[r][c];
                grid[rs][c] += cells[r][c];
                grid[rs][cs] += cells[r][c];
            }
        }
        return grid;
    }
}
