package org.openhearings.stats;

/** The outcome of disclosure control for one table: whether each cell and total is withheld. */
public final class Suppression {
    private final boolean[][] hidden;
    private final boolean oneColumn;

    Suppression(boolean[][] hidden, boolean oneColumn) {
        this.hidden = hidden;
        this.oneColumn = oneColumn;
    }

    public boolean cell(int row, int column) {
        return hidden[row][column];
    }

    /** A one-column table's row total is its cell. */
    public boolean rowTotal(int row) {
        return oneColumn ? hidden[row][0] : hidden[row][hidden[row].length - 1];
    }

    public boolean columnTotal(int column) {
        return hidden[hidden.length - 1][column];
    }

    public boolean total() {
        return hidden[hidden.length - 1][hidden[0].length - 1];
    }
}
