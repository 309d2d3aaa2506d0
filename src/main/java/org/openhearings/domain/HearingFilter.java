package org.openhearings.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the hearing list. Each vocabulary filter holds the values any of which will do (empty: no
 * filter); different filters must all hold. Officer filters (outcome, finding, standard, rank, status,
 * serving, barred list) select hearings in which at least one officer matches each of them;
 * {@code generated} selects generated sample records or real ones.
 */
public record HearingFilter(Set<Force> forces, Set<HearingType> hearingTypes, LocalDate from, LocalDate to, Set<Outcome> outcomes,
                            Set<Finding> findings, Set<Standard> standards, Set<Rank> ranks, Set<OfficerStatus> statuses,
                            Boolean serving, Boolean barredList, Boolean generated) {

    public static final HearingFilter NONE = new HearingFilter(Set.of(), Set.of(), null, null, Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), null, null, null);

    public HearingFilter {
        forces = Set.copyOf(forces);
        hearingTypes = Set.copyOf(hearingTypes);
        outcomes = Set.copyOf(outcomes);
        findings = Set.copyOf(findings);
        standards = Set.copyOf(standards);
        ranks = Set.copyOf(ranks);
        statuses = Set.copyOf(statuses);
    }

    public boolean matches(Hearing h) {
        return (forces.isEmpty() || forces.contains(h.force()))
                && (hearingTypes.isEmpty() || hearingTypes.contains(h.hearingType()))
                && (from == null || h.outcomeDate() != null && !h.outcomeDate().earliest().isBefore(from))
                && (to == null || h.outcomeDate() != null && !h.outcomeDate().earliest().isAfter(to))
                && (outcomes.isEmpty() || h.officers().stream().anyMatch(o -> outcomes.contains(o.outcome())))
                && (findings.isEmpty() || h.officers().stream().anyMatch(o -> findings.contains(o.finding())))
                && (standards.isEmpty() || h.officers().stream().anyMatch(o -> o.standardsBreached().stream().anyMatch(standards::contains)))
                && (ranks.isEmpty() || h.officers().stream().anyMatch(o -> ranks.contains(o.rank())))
                && (statuses.isEmpty() || h.officers().stream().anyMatch(o -> statuses.contains(o.status())))
                && (serving == null || h.officers().stream().anyMatch(o -> o.status() != null && o.status().former() != serving))
                && (barredList == null || h.officers().stream().anyMatch(o -> o.barredList() == barredList))
                && (generated == null || h.generated() == generated);
    }
}
