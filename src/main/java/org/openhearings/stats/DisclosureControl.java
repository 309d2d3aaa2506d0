package org.openhearings.stats;

/**
 * Small-number suppression for published tables. Primary: a cell or margin counting 1 to 4 is
 * suppressed (zero identifies no one and is published). Secondary: while the published figures still
 * pin down a suppressed one exactly (checked by {@link DisclosureAudit}), suppress the smallest
 * non-zero published cell in a row or column of the exposed one, so differencing margins recovers nothing.
 */
public final class DisclosureControl {
    public static final int THRESHOLD = 5;
    public static final String RULE = "Cells and totals counting 1 to 4 are suppressed (null, \"suppressed\": true; "
            + "\"[c]\" in CSV). Zero is published. Further cells are suppressed where the published totals would "
            + "otherwise let a suppressed value be worked out exactly. Totals are sums of the cells; an officer or "
            + "hearing with several values (standards, outcomes) counts under each.";

    private DisclosureControl() {
    }

    /** Which cells and totals of the table to withhold. */
    public static Suppression suppress(CountTable table) {
        return new Suppression(hiddenEntries(table), table.columns().size() == 1);
    }

    /** Which entries of the table's grid (see {@link CountTable#grid()}) to withhold. */
    private static boolean[][] hiddenEntries(CountTable table) {
        long[][] grid = table.grid();
        int rows = grid.length;
        int cols = grid[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = grid[r][c] > 0 && grid[r][c] < THRESHOLD;
            }
        }
        int[] exposed;
        while ((exposed = DisclosureAudit.firstDetermined(grid, hidden)) != null) {
            if (!hideNextTo(grid, hidden, exposed[0], exposed[1])) {
                break; // nothing left to hide in its lines; cannot happen with a grand total > 0
            }
        }
        return hidden;
    }

    /** Hides the smallest non-zero published entry sharing a row or column with (r, c); cells before totals. */
    private static boolean hideNextTo(long[][] grid, boolean[][] hidden, int r, int c) {
        int rows = grid.length;
        int cols = grid[0].length;
        int[] best = null;
        for (boolean totals : new boolean[]{false, true}) {
            for (int cc = 0; cc < cols; cc++) {
                best = better(grid, hidden, best, r, cc, totals, rows, cols);
            }
            for (int rr = 0; rr < rows; rr++) {
                best = better(grid, hidden, best, rr, c, totals, rows, cols);
            }
            if (best != null) {
                hidden[best[0]][best[1]] = true;
                return true;
            }
        }
        return hideInAnyLineWithHidden(grid, hidden);
    }

    /**
     * When the exposed entry's own row and column hold only zeros and withheld entries, the exposure runs
     * through another line: hide the smallest non-zero published entry of any line that has a withheld one.
     */
    private static boolean hideInAnyLineWithHidden(long[][] grid, boolean[][] hidden) {
        int rows = grid.length;
        int cols = grid[0].length;
        int[] best = null;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!hidden[r][c] && grid[r][c] > 0 && (lineHasHidden(hidden, r, -1) || lineHasHidden(hidden, -1, c))
                        && (best == null || grid[r][c] < grid[best[0]][best[1]])) {
                    best = new int[]{r, c};
                }
            }
        }
        if (best == null) {
            return false;
        }
        hidden[best[0]][best[1]] = true;
        return true;
    }

    private static boolean lineHasHidden(boolean[][] hidden, int row, int column) {
        for (int i = 0; i < (row >= 0 ? hidden[row].length : hidden.length); i++) {
            if (row >= 0 ? hidden[row][i] : hidden[i][column]) {
                return true;
            }
        }
        return false;
    }

    private static int[] better(long[][] grid, boolean[][] hidden, int[] best, int r, int c, boolean totals, int rows, int cols) {
        boolean isTotal = r == rows - 1 || c == cols - 1;
        if (hidden[r][c] || grid[r][c] == 0 || isTotal != totals) {
            return best;
        }
        return best == null || grid[r][c] < grid[best[0]][best[1]] ? new int[]{r, c} : best;
    }
}
