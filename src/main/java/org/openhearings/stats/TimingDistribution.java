package org.openhearings.stats;

import java.util.List;

/** Median and quartiles of a list of durations in days (linear interpolation between ranks). */
public record TimingDistribution(int cases, double q1, double median, double q3) {

    public static TimingDistribution of(List<Integer> days) {
        List<Integer> sorted = days.stream().sorted().toList();
        return new TimingDistribution(sorted.size(), quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    static double quantile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }
}
