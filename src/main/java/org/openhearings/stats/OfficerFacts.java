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
 * A group of {@code officers} who share every counted attribute: the cells of the statistics cube.
 * Grouping keeps the snapshot small however many officers the data holds.
 */
public record OfficerFacts(Force force, HearingType hearingType, Integer hearingYear, Integer conductYear, Rank rank,
                           OfficerStatus status, Finding finding, Outcome outcome, List<Standard> standards,
                           boolean barredList, boolean generated, int officers) {

    public OfficerFacts {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }

    OfficerFacts withOfficers(int count) {
        return new OfficerFacts(force, hearingType, hearingYear, conductYear, rank, status, finding, outcome,
                standards, barredList, generated, count);
    }
}
