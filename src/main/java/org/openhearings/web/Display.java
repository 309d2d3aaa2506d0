package org.openhearings.web;

import org.openhearings.domain.Labelled;
import org.openhearings.domain.PartialDate;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values read on a page (British English): dates at their own precision, labels, numbers. */
public final class Display {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Display() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "2016" / "May 2016" / "12 May 2016": never more precise than what is known. */
    public static String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> DAY.format(date.earliest());
            case MONTH -> MONTH.format(date.earliest());
            case YEAR -> Integer.toString(date.year());
        };
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
    }

    public static String labels(Collection<? extends Labelled> values) {
        return values.stream().map(Labelled::label).collect(Collectors.joining("; "));
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** A warning's length as people say it: "18 months", "2 years". */
    public static String months(int months) {
        if (months % 12 == 0) {
            return months == 12 ? "1 year" : months / 12 + " years";
        }
        return months == 1 ? "1 month" : months + " months";
    }

    public static String yesNo(Boolean value) {
        return value == null ? "Not stated" : value ? "Yes" : "No";
    }
}
