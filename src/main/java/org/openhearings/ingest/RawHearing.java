package org.openhearings.ingest;

import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.Departures;
import org.openhearings.domain.Evidence;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.PartialDate;
import org.openhearings.domain.Period;
import org.openhearings.domain.Source;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated raw record: every fact of the case, names included. Only ingest ever holds one. Its
 * {@code id} is a hash of the source's URL (and part), which is never published; {@code notNames}
 * are phrases the operator has checked are not names although they look like one.
 */
public record RawHearing(Force force, HearingType hearingType, List<LocalDate> hearingDates, PartialDate hearingEnded,
                         Integer hearingDays, String title,
                         String conduct, List<ConductCategory> conductCategories, String summary, Period conductPeriod, PartialDate investigationStarted,
                         PartialDate noticesServed, Boolean restrictedDuties, PartialDate restrictedDutiesFrom,
                         Evidence evidence, int officerCount, Departures departures, List<RawOfficer> officers,
                         List<NamedPerson> otherPeople, String id, Source source, List<String> notNames, String correction,
                         boolean generated) {
}
