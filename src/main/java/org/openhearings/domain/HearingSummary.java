package org.openhearings.domain;

import java.time.Instant;
import java.util.List;

/** What a list of hearings shows for each one. */
public record HearingSummary(String id, Force force, HearingType hearingType, PartialDate hearingDate, String title,
                             int officerCount, int formerOfficers, List<Outcome> outcomes, int barredListAdditions,
                             boolean generated, Instant firstPublished, Instant lastUpdated, int revision,
                             Correction lastCorrection) {

    public static HearingSummary of(Hearing h) {
        List<Outcome> outcomes = h.officers().stream().map(Officer::outcome).distinct().sorted().toList();
        int former = (int) h.officers().stream().filter(o -> o.status() != null && o.status().former()).count();
        int barred = (int) h.officers().stream().filter(Officer::barredList).count();
        return new HearingSummary(h.id(), h.force(), h.hearingType(), h.outcomeDate(), h.title(), h.officerCount(),
                former, outcomes, barred, h.generated(),
                h.publication() == null ? null : h.publication().firstPublished(),
                h.publication() == null ? null : h.publication().lastUpdated(),
                h.publication() == null ? 0 : h.publication().revision(),
                h.publication() == null ? null : h.publication().lastCorrection());
    }
}
