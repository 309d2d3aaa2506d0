package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.Labelled;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Every controlled vocabulary, read from the enums themselves so the API and the pages never drift. */
@Serdeable
public record ReferenceData(List<StandardTerm> standards, List<FindingTerm> findings, List<OutcomeTerm> outcomes,
                            List<RankTerm> ranks, List<StatusTerm> statuses, List<Term> hearingTypes,
                            List<ForceTerm> forces, List<Term> countQualifiers, List<Term> conductCategories) {

    /** A Standard of Professional Behaviour, with its wording in the Code of Ethics. */
    @Serdeable
    public record StandardTerm(String code, String label, String codeOfEthicsWording) {
    }

    /** A finding, and whether it means the allegation was proven. */
    @Serdeable
    public record FindingTerm(String code, String label, boolean proven) {
    }

    /** An outcome, and whether it is a dismissal (which puts the officer on the Barred List). */
    @Serdeable
    public record OutcomeTerm(String code, String label, boolean dismissal) {
    }

    /** A rank, with its usual abbreviation. */
    @Serdeable
    public record RankTerm(String code, String label, String abbreviation) {
    }

    /** A force, with its id at data.police.uk and its Police Force Area's ONS code (null where it has none). */
    @Serdeable
    public record ForceTerm(String code, String label, @Nullable String policeUkId, @Nullable String onsCode) {
    }

    /** A status at the hearing, and whether it is a former officer. */
    @Serdeable
    public record StatusTerm(String code, String label, boolean former) {
    }

    public static final ReferenceData CURRENT = new ReferenceData(
            map(Standard.class, s -> new StandardTerm(s.name(), s.label(), s.codeOfEthicsWording())),
            map(Finding.class, f -> new FindingTerm(f.name(), f.label(), f.proven())),
            map(Outcome.class, o -> new OutcomeTerm(o.name(), o.label(), o.dismissal())),
            map(Rank.class, r -> new RankTerm(r.name(), r.label(), r.abbreviation())),
            map(OfficerStatus.class, s -> new StatusTerm(s.name(), s.label(), s.former())),
            terms(HearingType.class),
            map(Force.class, f -> new ForceTerm(f.name(), f.label(), f.policeUkId(), f.onsCode())),
            map(CountQualifier.class, q -> new Term(q.name(), q.name().toLowerCase().replace('_', ' '))),
            terms(ConductCategory.class));

    private static <E extends Enum<E> & Labelled> List<Term> terms(Class<E> type) {
        return map(type, e -> new Term(e.name(), e.label()));
    }

    private static <E extends Enum<E>, T> List<T> map(Class<E> type, Function<E, T> term) {
        return Arrays.stream(type.getEnumConstants()).map(term).toList();
    }
}
