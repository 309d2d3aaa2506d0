package org.openhearings.stats;

import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.Officer;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * What a statistics table breaks counts down by, and each officer's values. An officer or hearing counts
 * under each value it has (several standards; several outcomes in a hearing). Force and year are also the
 * cells' own keys ({@link StatsCell}).
 */
public enum Dimension {
    OUTCOME((h, o) -> Stream.of(o.outcome()), codes(Outcome.values())),
    FINDING((h, o) -> Stream.of(o.finding()), codes(Finding.values())),
    STANDARD((h, o) -> o.standardsBreached().stream(), codes(Standard.values())),
    RANK((h, o) -> Stream.ofNullable(o.rank()), codes(Rank.values())),
    STATUS((h, o) -> Stream.ofNullable(o.status()), codes(OfficerStatus.values())),
    SERVING((h, o) -> o.status() == null ? Stream.empty() : Stream.of(!o.status().former()), List.of("true", "false")),
    TYPE((h, o) -> Stream.of(h.hearingType()), codes(HearingType.values())),
    /** The hearing's conduct categories, for each of its officers; none where it is not categorised. */
    CATEGORY((h, o) -> h.conductCategories() == null ? Stream.empty() : h.conductCategories().stream(), codes(ConductCategory.values())),
    FORCE((h, o) -> Stream.of(h.force()), codes(Force.values())),
    YEAR((h, o) -> Stream.ofNullable(h.outcomeYear()), List.of()),
    CONDUCT_YEAR((h, o) -> Stream.ofNullable(conductYear(h)), List.of()),
    BARRED_LIST((h, o) -> Stream.of(o.barredList()), List.of("true", "false"));

    private final BiFunction<Hearing, Officer, Stream<?>> values;
    private final List<String> vocabulary;

    Dimension(BiFunction<Hearing, Officer, Stream<?>> values, List<String> vocabulary) {
        this.values = values;
        this.vocabulary = vocabulary;
    }

    /** An officer's values of this dimension, as codes. */
    public Stream<String> values(Hearing hearing, Officer officer) {
        return values.apply(hearing, officer).map(Dimension::code);
    }

    /**
     * Whether a cell counts this dimension's values together with {@code other}'s (officers dismissed for
     * sexual misconduct): only conduct category with outcome, so a cell stays bounded by two vocabularies.
     */
    public boolean countedWith(Dimension other) {
        return this == CATEGORY && other == OUTCOME || this == OUTCOME && other == CATEGORY;
    }

    /** Whether the cells themselves are keyed by it, rather than counting it inside each cell. */
    public boolean keysCells() {
        return this == FORCE || this == YEAR;
    }

    private static Integer conductYear(Hearing h) {
        return h.conductPeriod() == null ? null
                : (h.conductPeriod().to() != null ? h.conductPeriod().to() : h.conductPeriod().from()).year();
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
        return Arrays.stream(values()).filter(d -> d.parameter().equals(text)).findFirst().orElse(null);
    }

    public String label(String code) {
        return switch (this) {
            case OUTCOME -> Outcome.valueOf(code).label();
            case FINDING -> Finding.valueOf(code).label();
            case STANDARD -> Standard.valueOf(code).label();
            case RANK -> Rank.valueOf(code).label();
            case STATUS -> OfficerStatus.valueOf(code).label();
            case TYPE -> HearingType.valueOf(code).label();
            case CATEGORY -> ConductCategory.valueOf(code).label();
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
