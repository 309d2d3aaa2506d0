package org.openhearings.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the hearing list. Each vocabulary filter holds the values any of which will do (empty: no
 * filter); different filters must all hold. Officer filters (outcome, finding, standard, rank, status,
 * serving, barred list) select hearings in which at least one officer matches each of them;
 * {@code categories} selects hearings holding any of them (a hearing not categorised holds none);
 * {@code generated} selects generated sample records or real ones. {@code text} is a free-text search
 * ({@code q=}), or null: analysed and matched by the search package, so {@link #matches} leaves it out.
 */
public record HearingFilter(Set<Force> forces, Set<HearingType> hearingTypes, Set<ConductCategory> categories,
                            LocalDate from, LocalDate to, Set<Outcome> outcomes,
                            Set<Finding> findings, Set<Standard> standards, Set<Rank> ranks, Set<OfficerStatus> statuses,
                            Boolean serving, Boolean barredList, Boolean generated, String text) {

    public static final HearingFilter NONE = new HearingFilter(Set.of(), Set.of(), Set.of(), null, null, Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), null, null, null, null);

    public HearingFilter {
        forces = Set.copyOf(forces);
        hearingTypes = Set.copyOf(hearingTypes);
        categories = Set.copyOf(categories);
        outcomes = Set.copyOf(outcomes);
        findings = Set.copyOf(findings);
        standards = Set.copyOf(standards);
        ranks = Set.copyOf(ranks);
        statuses = Set.copyOf(statuses);
    }

    /** Whether the hearing passes every filter but the text search. */
    public boolean matches(Hearing h) {
        return (forces.isEmpty() || forces.contains(h.force()))
                && (hearingTypes.isEmpty() || hearingTypes.contains(h.hearingType()))
                && (categories.isEmpty() || h.conductCategories() != null && h.conductCategories().stream().anyMatch(categories::contains))
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
