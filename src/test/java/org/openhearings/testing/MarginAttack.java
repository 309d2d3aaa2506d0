package org.openhearings.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's view of a published table, written independently of the app's own audit: unknowns are
 * the withheld figures (each at least zero), every published total is an equation over the figures it
 * sums, and bounds are tightened from every equation until they stop moving. What comes out is the
 * tightest interval this attack can give each unknown.
 */
public final class MarginAttack {
    private static final double UNBOUNDED = 1e15;

    /** A figure of the table: its published value, or null if withheld. */
    public record Figure(String name, Long published) {
    }

    /** parts sum to total. */
    public record Equation(List<Integer> parts, int total) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<Equation> equations = new ArrayList<>();

    public int figure(String name, Long published) {
        figures.add(new Figure(name, published));
        return figures.size() - 1;
    }

    public void equation(List<Integer> parts, int total) {
        equations.add(new Equation(parts, total));
    }

    public List<Figure> figures() {
        return figures;
    }

    /** [low, high] per figure after the attack (published figures are exact). */
    public double[][] bounds() {
        int n = figures.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            Long v = figures.get(i).published();
            lo[i] = v == null ? 0 : v;
            hi[i] = v == null ? UNBOUNDED : v;
        }
        for (int round = 0; round < 10_000; round++) {
            boolean moved = false;
            for (Equation e : equations) {
                // total - sum(parts) = 0, each variable bounded in turn by the others.
                double partsLo = 0;
                double partsHi = 0;
                for (int p : e.parts()) {
                    partsLo += lo[p];
                    partsHi = Math.min(UNBOUNDED, partsHi + hi[p]);
                }
                moved |= clamp(e.total(), partsLo, partsHi, lo, hi);
                for (int p : e.parts()) {
                    double restLo = partsLo - lo[p];
                    double restHi = hi[p] >= UNBOUNDED || partsHi >= UNBOUNDED ? UNBOUNDED : partsHi - hi[p];
                    double min = hi[e.total()] >= UNBOUNDED || restHi >= UNBOUNDED ? 0 : lo[e.total()] - restHi;
                    double max = hi[e.total()] >= UNBOUNDED ? UNBOUNDED : hi[e.total()] - restLo;
                    moved |= clamp(p, Math.max(0, min), max, lo, hi);
                }
            }
            if (!moved) {
                break;
            }
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new double[]{lo[i], hi[i]};
        }
        return out;
    }

    private static boolean clamp(int i, double min, double max, double[] lo, double[] hi) {
        boolean moved = false;
        if (min > lo[i] + 1e-9) {
            lo[i] = min;
            moved = true;
        }
        if (max < hi[i] - 1e-9) {
            hi[i] = max;
            moved = true;
        }
        return moved;
    }
}
