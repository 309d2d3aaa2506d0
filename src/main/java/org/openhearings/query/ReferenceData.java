package org.openhearings.query;

import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Every controlled vocabulary, read from the enums themselves so the API and the pages never drift. */
@Serdeable
public record ReferenceData(List<Term> standards, List<Term> findings, List<Term> outcomes, List<Term> ranks,
                            List<Term> statuses, List<Term> hearingTypes, List<Term> forces,
                            List<Term> countQualifiers) {

    public static final ReferenceData CURRENT = new ReferenceData(
            terms(Standard.class, Standard::label, Standard::codeOfEthicsWording),
            terms(Finding.class, Finding::label, f -> f.proven() ? "proven" : "not proven"),
            terms(Outcome.class, Outcome::label, o -> o.dismissal() ? "leads to Barred List inclusion" : null),
            terms(Rank.class, Rank::label, Rank::abbreviation),
            terms(OfficerStatus.class, OfficerStatus::label, s -> s.former() ? "former officer" : "serving"),
            terms(HearingType.class, HearingType::label, t -> null),
            terms(Force.class, Force::label, f -> null),
            terms(CountQualifier.class, q -> q.name().toLowerCase().replace('_', ' '), q -> null));

    private static <E extends Enum<E>> List<Term> terms(Class<E> type, Function<E, String> label,
                                                        Function<E, String> alternative) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Term(e.name(), label.apply(e), alternative.apply(e))).toList();
    }
}
