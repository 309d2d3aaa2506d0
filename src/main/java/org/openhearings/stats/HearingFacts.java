package org.openhearings.stats;

import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.util.List;

/**
 * A group of {@code hearings} that share every counted attribute; a hearing has a value (an outcome,
 * a rank, …) if any of its officers has it. The cells of the hearing-count cube.
 */
public record HearingFacts(Force force, HearingType hearingType, Integer hearingYear, Integer conductYear,
                           List<Outcome> outcomes, List<Finding> findings, List<Standard> standards, List<Rank> ranks,
                           List<OfficerStatus> statuses, List<Boolean> serving, List<Boolean> barredList, boolean generated, int hearings) {

    public HearingFacts {
        outcomes = copy(outcomes);
        findings = copy(findings);
        standards = copy(standards);
        ranks = copy(ranks);
        statuses = copy(statuses);
        serving = copy(serving);
        barredList = copy(barredList);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    HearingFacts withHearings(int count) {
        return new HearingFacts(force, hearingType, hearingYear, conductYear, outcomes, findings, standards, ranks,
                statuses, serving, barredList, generated, count);
    }
}
