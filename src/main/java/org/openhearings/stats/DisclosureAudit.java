package org.openhearings.stats;

/**
 * What someone could work out from a published table: every row and column of the grid is an exact
 * sum (cells = total), every value is at least zero. Bounds on each withheld value are tightened from
 * each line until nothing changes; a withheld value whose bounds meet has been disclosed.
 */
final class DisclosureAudit {
    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private DisclosureAudit() {
    }

    /** The first withheld entry the published ones determine exactly, or null if none is. */
    static int[] firstDetermined(long[][] grid, boolean[][] hidden) {
        int rows = grid.length;
        int cols = grid[0].length;
        long[][] lo = new long[rows][cols];
        long[][] hi = new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                lo[r][c] = hidden[r][c] ? 0 : grid[r][c];
                hi[r][c] = hidden[r][c] ? UNBOUNDED : grid[r][c];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                int[][] line = new int[cols][];
                for (int c = 0; c < cols; c++) {
                    line[c] = new int[]{r, c};
                }
                changed |= tighten(line, lo, hi);
            }
            for (int c = 0; c < cols; c++) {
                int[][] line = new int[rows][];
                for (int r = 0; r < rows; r++) {
                    line[r] = new int[]{r, c};
                }
                changed |= tighten(line, lo, hi);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (hidden[r][c] && lo[r][c] == hi[r][c]) {
                    return new int[]{r, c};
                }
            }
        }
        return null;
    }

    /** One line: members before the last sum to the last. Returns whether any bound moved. */
    private static boolean tighten(int[][] line, long[][] lo, long[][] hi) {
        boolean changed = false;
        if (line.length < 2) {
            return false; // the rows of a one-column grid are single cells, not sums
        }
        int last = line.length - 1;
        for (int j = 0; j < line.length; j++) {
            // x_j = total - (other parts) for a part; x_j = sum of parts for the total.
            long min;
            long max;
            if (j == last) {
                min = 0;
                max = 0;
                for (int i = 0; i < last; i++) {
                    min = add(min, lo[line[i][0]][line[i][1]]);
                    max = add(max, hi[line[i][0]][line[i][1]]);
                }
            } else {
                long othersMin = 0;
                long othersMax = 0;
                for (int i = 0; i < last; i++) {
                    if (i != j) {
                        othersMin = add(othersMin, lo[line[i][0]][line[i][1]]);
                        othersMax = add(othersMax, hi[line[i][0]][line[i][1]]);
                    }
                }
                long totalLo = lo[line[last][0]][line[last][1]];
                long totalHi = hi[line[last][0]][line[last][1]];
                min = othersMax >= UNBOUNDED ? 0 : totalLo - othersMax;
                max = totalHi >= UNBOUNDED ? UNBOUNDED : totalHi - othersMin;
            }
            int r = line[j][0];
            int c = line[j][1];
            if (min > lo[r][c]) {
                lo[r][c] = min;
                changed = true;
            }
            if (max < hi[r][c]) {
                hi[r][c] = max;
                changed = true;
            }
        }
        return changed;
    }

    private static long add(long a, long b) {
        return a >= UNBOUNDED || b >= UNBOUNDED ? UNBOUNDED : a + b;
    }
}
