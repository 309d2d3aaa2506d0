package org.openhearings.stats;

/**
 * The names of the counts a cell holds: {@code o.outcome.DISMISSED_WITHOUT_NOTICE} (officers),
 * {@code h.standard.HONESTY_INTEGRITY} (hearings), the joint counts
 * {@code o.outcome.DISMISSED_WITHOUT_NOTICE.category.SEXUAL_MISCONDUCT}, {@code o.total}, {@code h.generated.true}, and the timing
 * histograms {@code t.noticesToHearing.12} (cases in bin 12) and {@code t.noticesToHearing.lacking}.
 */
public final class CountNames {
    public static final String OFFICERS_TOTAL = "o.total";
    public static final String HEARINGS_TOTAL = "h.total";
    public static final String SAMPLE_HEARINGS = "h.generated.true";

    private CountNames() {
    }

    public static String of(Measure measure, Dimension dimension, String value) {
        return prefix(measure) + dimension.parameter() + "." + value;
    }

    /** The count of one value of each of two dimensions counted together, whichever is named first. */
    public static String joint(Measure measure, Dimension a, String aValue, Dimension b, String bValue) {
        return a.ordinal() < b.ordinal() ? of(measure, a, aValue) + "." + b.parameter() + "." + bValue
                : joint(measure, b, bValue, a, aValue);
    }

    public static String total(Measure measure) {
        return measure == Measure.OFFICERS ? OFFICERS_TOTAL : HEARINGS_TOTAL;
    }

    /** The start of every name of one dimension's counts, to list the values present (years of conduct). */
    public static String prefix(Measure measure, Dimension dimension) {
        return prefix(measure) + dimension.parameter() + ".";
    }

    public static String timingBin(String interval, int bin) {
        return "t." + interval + "." + bin;
    }

    public static String timingLacking(String interval) {
        return "t." + interval + ".lacking";
    }

    private static String prefix(Measure measure) {
        return measure == Measure.OFFICERS ? "o." : "h.";
    }
}
