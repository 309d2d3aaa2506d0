package org.openhearings.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in days counted in bins — a week wide up to a year, a month wide up to ten years, one bin
 * beyond — so per-group timing figures are counts like every other statistic: they add across cells and
 * subtract when a record is revised or withdrawn, which the quantile sketches of the usual libraries
 * (KLL, t-digest) cannot. Quartiles are read from the bins by linear interpolation: within a week below a
 * year, within a month below ten years.
 */
public final class TimingHistogram {
    static final int WEEKS = 53;
    static final int MONTHS = 110;
    /** The bin of negative durations (a milestone before the one it follows, as a source may state). */
    static final int NEGATIVE = -1;
    static final int BEYOND = WEEKS + MONTHS;

    private TimingHistogram() {
    }

    public static int bin(int days) {
        if (days < 0) {
            return NEGATIVE;
        }
        if (days < WEEKS * 7) {
            return days / 7;
        }
        int months = (days - WEEKS * 7) / 30;
        return months < MONTHS ? WEEKS + months : BEYOND;
    }

    /** First day of a bin. */
    static double lower(int bin) {
        if (bin == NEGATIVE) {
            return -30;
        }
        return bin < WEEKS ? bin * 7.0 : WEEKS * 7.0 + (bin - WEEKS) * 30.0;
    }

    static double upper(int bin) {
        if (bin == NEGATIVE) {
            return 0;
        }
        return bin < WEEKS ? (bin + 1) * 7.0 : bin == BEYOND ? lower(bin) + 365 : lower(bin) + 30.0;
    }

    /**
     * The p-quantile (0..1) of the counted durations, or null if there are none: the same convention as
     * for a list of exact values (linear interpolation between the ranks either side of p × (n − 1)), each
     * rank's value read as its place among the cases of its bin.
     */
    public static Double quantile(Map<Integer, Long> bins, double p) {
        TreeMap<Integer, Long> sorted = new TreeMap<>(bins);
        sorted.values().removeIf(n -> n <= 0);
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        double position = p * (total - 1);
        long below = (long) Math.floor(position);
        double low = valueAt(sorted, below);
        return low + (position - below) * (valueAt(sorted, (long) Math.ceil(position)) - low);
    }

    /** The duration of the case at a 0-based rank, placed evenly within its bin. */
    private static double valueAt(TreeMap<Integer, Long> bins, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bin : bins.entrySet()) {
            if (rank < seen + bin.getValue()) {
                double within = (rank - seen + 0.5) / bin.getValue();
                return lower(bin.getKey()) + within * (upper(bin.getKey()) - lower(bin.getKey()));
            }
            seen += bin.getValue();
        }
        return upper(bins.lastKey());
    }

    /** How far a quantile read from the bins may be from the exact one, for a duration of this many days. */
    public static double resolution(double days) {
        return days < WEEKS * 7 ? 7 : days < WEEKS * 7 + MONTHS * 30 ? 30 : 365;
    }
}
