package org.openhearings.stats;

/**
 * The names of the counts a cell holds: {@code o.outcome.DISMISSED_WITHOUT_NOTICE} (officers),
 * {@code h.standard.HONESTY_INTEGRITY} (hearings), {@code o.total}, {@code h.generated.true}, and the timing
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
