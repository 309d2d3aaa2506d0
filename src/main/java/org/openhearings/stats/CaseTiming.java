package org.openhearings.stats;

import org.openhearings.domain.Force;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.PartialDate;

/**
 * How long one case took, in days, between the milestones its record gives (null where one is
 * missing). Dates known only to the month or year count from their first day.
 */
public record CaseTiming(String id, Force force, Integer hearingYear, boolean generated, Integer conductEndToInvestigation,
                         Integer investigationToNotices, Integer noticesToHearing, Integer conductEndToHearing) {

    public static CaseTiming of(Hearing h) {
        PartialDate conductEnd = h.conductPeriod() == null ? null
                : h.conductPeriod().to() != null ? h.conductPeriod().to() : h.conductPeriod().from();
        PartialDate hearing = h.outcomeDate();
        return new CaseTiming(h.id(), h.force(), h.outcomeYear(), h.generated(),
                days(conductEnd, h.investigationStarted()), days(h.investigationStarted(), h.noticesServed()),
                days(h.noticesServed(), hearing), days(conductEnd, hearing));
    }

    private static Integer days(PartialDate from, PartialDate to) {
        return from == null || to == null ? null : (int) from.daysUntil(to);
    }
}
