package org.openhearings.api;

import io.micronaut.http.HttpParameters;
import org.openhearings.domain.DatePrecision;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.domain.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed, strict access to a request's query parameters: an unknown parameter, a single-valued one given
 * twice, or a value that does not parse, is an {@link InvalidQueryException} naming the parameter (so a typo is never
 * silently ignored and a journalist never gets unfiltered data thinking it is filtered).
 */
public final class QueryParameters {
    private final HttpParameters parameters;

    public QueryParameters(HttpParameters parameters, Set<String> allowed) {
        this.parameters = parameters;
        for (String name : parameters.names()) {
            if (!allowed.contains(name)) {
                throw new InvalidQueryException(name, allowed.isEmpty() ? "unknown parameter; this route takes none"
                        : "unknown parameter; this route accepts " + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    /** A single-valued parameter; given more than once, it is refused (only vocabulary filters take several values). */
    public String text(String name) {
        if (parameters.getAll(name).size() > 1) {
            throw new InvalidQueryException(name, "given more than once; this parameter takes one value");
        }
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Free text, in which a comma is just punctuation: the adapter hands "a, b" over as two values (as it
     * does a repeated parameter), so they are joined again; null if absent or blank.
     */
    public String freeText(String name) {
        String value = String.join(",", parameters.getAll(name));
        return value.isBlank() ? null : value.strip();
    }

    /**
     * A vocabulary parameter's values, any of which will do: comma-separated or the parameter repeated
     * (API Gateway hands both over the same way); empty if absent.
     */
    public <E extends Enum<E>> Set<E> enumValues(String name, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String given : parameters.getAll(name)) {
            for (String one : given.split(",", -1)) {
                values.add(constant(name, type, one.strip()));
            }
        }
        return values;
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name);
        return value == null ? null : constant(name, type, value);
    }

    private static <E extends Enum<E>> E constant(String name, Class<E> type, String value) {
        // Exactly as the contract's enums write them: one spelling per value, so links and caches agree.
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String canonical = value.toUpperCase(Locale.ROOT).replace('-', '_');
        String hint = Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(canonical::equals).findFirst()
                .map(match -> "; values are written as the vocabulary gives them: " + match)
                .orElse("; expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        throw new InvalidQueryException(name, "unknown value \"" + value + "\"" + hint);
    }

    /**
     * One end of a date range as a day, a month or a year ({@code 2024-03-15}, {@code 2024-03}, {@code 2024}):
     * a month or year stands for its first day as a start, its last day as an end.
     */
    public LocalDate dateBound(String name, boolean end) {
        PartialDate bound = partialDate(name);
        if (bound == null) {
            return null;
        }
        LocalDate first = bound.earliest();
        return !end ? first : switch (bound.precision()) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /**
     * One end of a range of years, given as a year, or as the date or month that starts (or, for an end,
     * ends) that year: statistics are by year of hearing, so a bound inside a year is refused, not rounded.
     */
    public Integer yearBound(String name, boolean end) {
        PartialDate bound = partialDate(name);
        if (bound == null) {
            return null;
        }
        boolean wholeYear = bound.precision() == DatePrecision.YEAR
                || bound.month() == (end ? 12 : 1) && (bound.day() == null || bound.day() == (end ? 31 : 1));
        if (!wholeYear) {
            throw new InvalidQueryException(name, "statistics are by year of hearing: give a year (2024) or a date "
                    + (end ? "on 31 December" : "on 1 January"));
        }
        return bound.year();
    }

    private PartialDate partialDate(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            PartialDate bound = PartialDate.parse(value);
            if (bound.year() < 1900 || bound.year() > 2100) {
                throw new IllegalArgumentException("out of range");
            }
            return bound;
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(name, "\"" + value + "\" is not a date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY) from 1900 to 2100");
        }
    }

    /** An ISO 8601 instant ({@code 2026-11-25T14:00:00Z}) or a date, read as its start in UTC. */
    public Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name, "\"" + value + "\" is not a time (2026-11-25T14:00:00Z) or a date (2026-11-25)");
        }
    }

    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryException(name, "\"" + value + "\" is not true or false");
        };
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, "\"" + value + "\" is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidQueryException(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    public static Set<String> names(List<String> first, String... more) {
        Set<String> names = new HashSet<>(first);
        names.addAll(Arrays.asList(more));
        return Set.copyOf(names);
    }
}
