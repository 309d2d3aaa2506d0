package org.openhearings.domain;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One anonymous officer in a case. {@code finding} and {@code standardsBreached} follow from the
 * allegations: the most serious finding, and the standards of the proven allegations.
 */
public record Officer(String label, Rank rank, OfficerStatus status, String unitType,
                      List<Allegation> allegations, Finding finding, Set<Standard> standardsBreached,
                      Outcome outcome, boolean barredList) {

    public Officer {
        allegations = allegations == null ? List.of() : List.copyOf(allegations);
        standardsBreached = standardsBreached == null ? Set.of() : Set.copyOf(standardsBreached);
    }

    public static Officer of(String label, Rank rank, OfficerStatus status, String unitType,
                             List<Allegation> allegations, Outcome outcome, boolean barredList) {
        Finding finding = allegations.stream().map(Allegation::finding)
                .min(Comparator.naturalOrder()).orElse(Finding.NO_CASE_TO_ANSWER);
        Set<Standard> breached = EnumSet.noneOf(Standard.class);
        allegations.stream().filter(a -> a.finding().proven()).forEach(a -> breached.addAll(a.standards()));
        return new Officer(label, rank, status, unitType, allegations, finding, breached, outcome, barredList);
    }
}
