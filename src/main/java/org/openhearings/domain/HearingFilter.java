package org.openhearings.domain;

import java.time.LocalDate;

/**
 * Filters of the hearing list. Officer filters (outcome, finding, standard, rank, status, serving,
 * barred list) select hearings in which at least one officer matches each of them; {@code generated}
 * selects generated sample records or real ones.
 */
public record HearingFilter(Force force, HearingType hearingType, LocalDate from, LocalDate to, Outcome outcome,
                            Finding finding, Standard standard, Rank rank, OfficerStatus status, Boolean serving,
                            Boolean barredList, Boolean generated) {

    public static final HearingFilter NONE = new HearingFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    public boolean matches(Hearing h) {
        return (force == null || h.force() == force)
                && (hearingType == null || h.hearingType() == hearingType)
                && (from == null || h.outcomeDate() != null && !h.outcomeDate().earliest().isBefore(from))
                && (to == null || h.outcomeDate() != null && !h.outcomeDate().earliest().isAfter(to))
                && (outcome == null || h.officers().stream().anyMatch(o -> o.outcome() == outcome))
                && (finding == null || h.officers().stream().anyMatch(o -> o.finding() == finding))
                && (standard == null || h.officers().stream().anyMatch(o -> o.standardsBreached().contains(standard)))
                && (rank == null || h.officers().stream().anyMatch(o -> o.rank() == rank))
                && (status == null || h.officers().stream().anyMatch(o -> o.status() == status))
                && (serving == null || h.officers().stream().anyMatch(o -> o.status() != null && o.status().former() != serving))
                && (barredList == null || h.officers().stream().anyMatch(o -> o.barredList() == barredList))
                && (generated == null || h.generated() == generated);
    }
}
