package org.openhearings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One published misconduct case after anonymisation: every field here may be served to the public.
 * {@code hearingDates} are sorted; the last one is the date the outcome was given. Where the source
 * states no date, the list is empty and the date is published as not stated, never guessed.
 */
public record Hearing(String id, Force force, HearingType hearingType, List<LocalDate> hearingDates,
                      String title, String conduct, String summary, Period conductPeriod,
                      PartialDate investigationStarted, PartialDate noticesServed,
                      Boolean restrictedDuties, PartialDate restrictedDutiesFrom, Evidence evidence,
                      int officerCount, Departures departures, List<Officer> officers, Source source,
                      boolean generated, Publication publication) {

    public Hearing {
        hearingDates = List.copyOf(hearingDates);
        officers = officers == null ? List.of() : List.copyOf(officers);
    }

    /** The date the outcome was given, or null where the source does not state it. */
    public LocalDate outcomeDate() {
        return hearingDates.isEmpty() ? null : hearingDates.get(hearingDates.size() - 1);
    }

    /** The year of the outcome, or null where the source does not state it. */
    public Integer outcomeYear() {
        return hearingDates.isEmpty() ? null : outcomeDate().getYear();
    }

    public Hearing withPublication(Publication next) {
        return new Hearing(id, force, hearingType, hearingDates, title, conduct, summary, conductPeriod,
                investigationStarted, noticesServed, restrictedDuties, restrictedDutiesFrom, evidence,
                officerCount, departures, officers, source, generated, next);
    }
}
