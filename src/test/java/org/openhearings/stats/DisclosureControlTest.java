package org.openhearings.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhearings.testing.MarginAttack;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureControlTest {

    private static CountTable table(long[][] cells) {
        List<String> rows = java.util.stream.IntStream.range(0, cells.length).mapToObj(i -> "r" + i).toList();
        List<String> columns = java.util.stream.IntStream.range(0, cells[0].length).mapToObj(i -> "c" + i).toList();
        return new CountTable(rows, columns, cells);
    }

    @Test
    void smallCountsAreSuppressedAndZeroAndLargeOnesPublished() {
        Suppression s = DisclosureControl.suppress(table(new long[][]{{3}, {0}, {12}, {20}}));
        assertTrue(s.cell(0, 0));
        assertFalse(s.cell(1, 0));
        assertTrue(s.cell(2, 0), "a lone suppressed cell would be total minus the rest: the next smallest goes too");
        assertFalse(s.cell(3, 0));
        assertFalse(s.total());
    }

    @Test
    void aRowWithOneSmallCellLosesASecondCellSoItsTotalGivesNothingAway() {
        Suppression s = DisclosureControl.suppress(table(new long[][]{{2, 10, 30}, {8, 9, 40}, {7, 11, 50}}));
        assertTrue(s.cell(0, 0));
        int hiddenInRow = 0;
        int hiddenInColumn = 0;
        for (int i = 0; i < 3; i++) {
            hiddenInRow += s.cell(0, i) ? 1 : 0;
            hiddenInColumn += s.cell(i, 0) ? 1 : 0;
        }
        assertTrue(hiddenInRow >= 2 || s.rowTotal(0));
        assertTrue(hiddenInColumn >= 2 || s.columnTotal(0));
    }

    /** Random sparse tables: an independent attack on the published margins pins no suppressed figure down. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void noSuppressedFigureIsDeterminedByThePublishedOnes(long seed) {
        Random random = new Random(seed);
        int rows = 2 + random.nextInt(8);
        int cols = 1 + random.nextInt(8);
        long[][] cells = new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30);
            }
        }
        CountTable table = table(cells);
        Suppression s = DisclosureControl.suppress(table);

        MarginAttack attack = new MarginAttack();
        List<Long> truth = new java.util.ArrayList<>();
        int[][] cell = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cell[r][c] = figure(attack, truth, cells[r][c], s.cell(r, c));
            }
        }
        int[] rowTotals = new int[rows];
        for (int r = 0; r < rows; r++) {
            rowTotals[r] = cols == 1 ? cell[r][0] : figure(attack, truth, table.rowTotal(r), s.rowTotal(r));
            if (cols > 1) {
                attack.equation(java.util.Arrays.stream(cell[r]).boxed().toList(), rowTotals[r]);
            }
        }
        int[] columnTotals = new int[cols];
        for (int c = 0; c < cols; c++) {
            columnTotals[c] = figure(attack, truth, table.columnTotal(c), s.columnTotal(c));
            int column = c;
            attack.equation(java.util.stream.IntStream.range(0, rows).map(r -> cell[r][column]).boxed().toList(), columnTotals[c]);
        }
        if (cols > 1) {
            int total = figure(attack, truth, table.total(), s.total());
            attack.equation(java.util.Arrays.stream(columnTotals).boxed().toList(), total);
            attack.equation(java.util.Arrays.stream(rowTotals).boxed().toList(), total);
        }
        double[][] bounds = attack.bounds();
        for (int i = 0; i < truth.size(); i++) {
            MarginAttack.Figure f = attack.figures().get(i);
            if (f.published() == null) {
                assertTrue(bounds[i][0] <= truth.get(i) && truth.get(i) <= bounds[i][1], "the attack is sound");
                assertTrue(bounds[i][1] > bounds[i][0], "figure " + i + " recovered as " + bounds[i][0]);
            } else {
                assertTrue(f.published() == 0 || f.published() >= DisclosureControl.THRESHOLD, "published figures are 0 or 5+");
            }
        }
    }

    private static int figure(MarginAttack attack, List<Long> truth, long value, boolean hidden) {
        truth.add(value);
        return attack.figure("f" + truth.size(), hidden ? null : value);
    }

    @Test
    void theRuleIsStatedWithItsThreshold() {
        assertEquals(5, DisclosureControl.THRESHOLD);
        assertTrue(DisclosureControl.RULE.contains("1 to 4"));
    }
}
