package org.openhearings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One published misconduct case after anonymisation: every field here may be served to the public.
 * The hearing's dates as the source gives them: the days ({@code hearingDates}, sorted), or only when
 * it ended ({@code hearingEnded}, to the day or the month) and perhaps how many days it lasted
 * ({@code hearingDays}). Where the source states no date, all are empty: published as not stated.
 * {@code conductCategories} is null where no category was stated (not categorised), else in vocabulary order.
 */
public record Hearing(String id, Force force, HearingType hearingType, List<LocalDate> hearingDates,
                      PartialDate hearingEnded, Integer hearingDays,
                      String title, String conduct, List<ConductCategory> conductCategories, String summary, Period conductPeriod,
                      PartialDate investigationStarted, PartialDate noticesServed,
                      Boolean restrictedDuties, PartialDate restrictedDutiesFrom, Evidence evidence,
                      int officerCount, Departures departures, List<Officer> officers, Source source,
                      boolean generated, Publication publication) {

    public Hearing {
        hearingDates = List.copyOf(hearingDates);
        officers = officers == null ? List.of() : List.copyOf(officers);
        conductCategories = conductCategories == null ? null : List.copyOf(conductCategories);
    }

    /** The date the outcome was given, to the precision stated, or null where the source does not state it. */
    public PartialDate outcomeDate() {
        return hearingDates.isEmpty() ? hearingEnded : PartialDate.of(hearingDates.get(hearingDates.size() - 1));
    }

    /** The year of the outcome, or null where the source does not state it. */
    public Integer outcomeYear() {
        return outcomeDate() == null ? null : outcomeDate().year();
    }

    public Hearing withPublication(Publication next) {
        return new Hearing(id, force, hearingType, hearingDates, hearingEnded, hearingDays, title, conduct, conductCategories, summary, conductPeriod,
                investigationStarted, noticesServed, restrictedDuties, restrictedDutiesFrom, evidence,
                officerCount, departures, officers, source, generated, next);
    }
}
