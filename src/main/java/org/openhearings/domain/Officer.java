package org.openhearings.domain;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * One anonymous officer in a case. {@code finding} and {@code standardsBreached} follow from the
 * allegations: the most serious finding, and the standards of the proven allegations (once each, in
 * the vocabulary's order).
 */
public record Officer(String label, Rank rank, OfficerStatus status, String unitType,
                      List<Allegation> allegations, Finding finding, List<Standard> standardsBreached,
                      Outcome outcome, OutcomeTerms outcomeTerms, boolean barredList) {

    public Officer {
        allegations = allegations == null ? List.of() : List.copyOf(allegations);
        standardsBreached = standardsBreached == null ? List.of() : standardsBreached.stream().distinct().sorted().toList();
    }

    public static Officer of(String label, Rank rank, OfficerStatus status, String unitType,
                             List<Allegation> allegations, Outcome outcome, OutcomeTerms outcomeTerms, boolean barredList) {
        Finding finding = allegations.stream().map(Allegation::finding)
                .min(Comparator.naturalOrder()).orElse(Finding.NO_CASE_TO_ANSWER);
        EnumSet<Standard> breached = EnumSet.noneOf(Standard.class);
        allegations.stream().filter(a -> a.finding().proven()).forEach(a -> breached.addAll(a.standards()));
        return new Officer(label, rank, status, unitType, allegations, finding, List.copyOf(breached), outcome, outcomeTerms, barredList);
    }
}
