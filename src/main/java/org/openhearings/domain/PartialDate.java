package org.openhearings.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to year, month or day precision, written in ISO 8601 reduced form:
 * {@code 2016}, {@code 2016-05} or {@code 2016-05-12}.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date");
        }
    }

    /** Parses the ISO reduced forms; anything else is an {@link IllegalArgumentException} saying why. */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** First day the date can stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Whole days from this date to a later one, counted between their earliest days. */
    public long daysUntil(PartialDate later) {
        return ChronoUnit.DAYS.between(earliest(), later.earliest());
    }

    @Override
    public int compareTo(PartialDate other) {
        return earliest().compareTo(other.earliest());
    }

    @Override
    public String toString() {
        // Padded by hand: String.format parses its pattern on each call, for each date of each response.
        StringBuilder text = new StringBuilder(10);
        appendPadded(text, year, 4);
        if (month != null) {
            appendPadded(text.append('-'), month, 2);
        }
        if (day != null) {
            appendPadded(text.append('-'), day, 2);
        }
        return text.toString();
    }

    /** As {@code %0<width>d} writes it: zeros after any sign, the sign counted in the width. */
    private static void appendPadded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        int zeros = width - digits.length() - (value < 0 ? 1 : 0);
        if (value < 0) {
            text.append('-');
        }
        text.append("0".repeat(Math.max(0, zeros))).append(digits);
    }
}
