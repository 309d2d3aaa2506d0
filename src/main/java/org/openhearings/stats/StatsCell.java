package org.openhearings.stats;

/**
 * One block of pre-tabulated counts: the hearings of one kind of record ({@code all}, {@code real} or
 * {@code sample}), of one force (or {@code ALL}), heard in one year ({@code none} where the date is not
 * stated, {@code all} for every year). A hearing counts in eight cells: its kind and all, its force and
 * ALL, its year and all. Each cell's size is bounded by the vocabularies, never by the number of hearings.
 */
public record StatsCell(String records, String force, String year) {
    public static final String ALL_RECORDS = "all";
    public static final String REAL = "real";
    public static final String SAMPLE = "sample";
    public static final String ALL_FORCES = "ALL";
    public static final String ALL_YEARS = "all";
    public static final String NO_YEAR = "none";

    /** The kind of records a filter asks for: generated=false is real records, true the samples, null both. */
    public static String records(Boolean generated) {
        return generated == null ? ALL_RECORDS : generated ? SAMPLE : REAL;
    }

    public boolean isYear() {
        return !year.equals(ALL_YEARS) && !year.equals(NO_YEAR);
    }
}
