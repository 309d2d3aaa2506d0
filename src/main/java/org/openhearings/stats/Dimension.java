package org.openhearings.stats;

import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a statistics table breaks counts down by, and how each group of facts maps to its values. An
 * officer or hearing counts under each value it has (several standards; several outcomes in a hearing).
 */
public enum Dimension {
    OUTCOME(o -> Stream.of(o.outcome()), h -> h.outcomes().stream(), codes(Outcome.values())),
    FINDING(o -> Stream.of(o.finding()), h -> h.findings().stream(), codes(Finding.values())),
    STANDARD(o -> o.standards().stream(), h -> h.standards().stream(), codes(Standard.values())),
    RANK(o -> Stream.ofNullable(o.rank()), h -> h.ranks().stream(), codes(Rank.values())),
    STATUS(o -> Stream.ofNullable(o.status()), h -> h.statuses().stream(), codes(OfficerStatus.values())),
    SERVING(o -> o.status() == null ? Stream.empty() : Stream.of(!o.status().former()), h -> h.serving().stream(), List.of("true", "false")),
    TYPE(o -> Stream.of(o.hearingType()), h -> Stream.of(h.hearingType()), codes(HearingType.values())),
    FORCE(o -> Stream.of(o.force()), h -> Stream.of(h.force()), codes(Force.values())),
    YEAR(o -> Stream.ofNullable(o.hearingYear()), h -> Stream.ofNullable(h.hearingYear()), List.of()),
    CONDUCT_YEAR(o -> Stream.ofNullable(o.conductYear()), h -> Stream.ofNullable(h.conductYear()), List.of()),
    BARRED_LIST(o -> Stream.of(o.barredList()), h -> h.barredList().stream(), List.of("true", "false"));

    private final Function<OfficerFacts, Stream<?>> officerValues;
    private final Function<HearingFacts, Stream<?>> hearingValues;
    private final List<String> vocabulary;

    Dimension(Function<OfficerFacts, Stream<?>> officerValues, Function<HearingFacts, Stream<?>> hearingValues,
              List<String> vocabulary) {
        this.officerValues = officerValues;
        this.hearingValues = hearingValues;
        this.vocabulary = vocabulary;
    }

    public Stream<String> values(OfficerFacts facts) {
        return officerValues.apply(facts).map(Dimension::code);
    }

    public Stream<String> values(HearingFacts facts) {
        return hearingValues.apply(facts).map(Dimension::code);
    }

    /** Every value in vocabulary order; empty for years, whose values come from the data. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** The name used in URLs: {@code conduct-year}, {@code barred-list}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Dimension ofParameter(String text) {
        return Arrays.stream(values()).filter(d -> d.parameter().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    public String label(String code) {
        return switch (this) {
            case OUTCOME -> Outcome.valueOf(code).label();
            case FINDING -> Finding.valueOf(code).label();
            case STANDARD -> Standard.valueOf(code).label();
            case RANK -> Rank.valueOf(code).label();
            case STATUS -> OfficerStatus.valueOf(code).label();
            case TYPE -> HearingType.valueOf(code).label();
            case FORCE -> Force.valueOf(code).label();
            case SERVING -> "true".equals(code) ? "Serving" : "Former officer";
            case BARRED_LIST -> "true".equals(code) ? "Added to the Barred List" : "Not added";
            case YEAR, CONDUCT_YEAR -> code;
        };
    }

    private static String code(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

}
