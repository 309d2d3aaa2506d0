package org.openhearings.json;

import io.micronaut.serde.annotation.SerdeImport;
import org.openhearings.domain.Allegation;
import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.Correction;
import org.openhearings.domain.DataLicence;
import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.DatePrecision;
import org.openhearings.domain.Departures;
import org.openhearings.domain.Evidence;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.Officer;
import org.openhearings.domain.OutcomeTerms;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Page;
import org.openhearings.domain.Period;
import org.openhearings.domain.Publication;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Source;
import org.openhearings.domain.Standard;
import org.openhearings.domain.Withdrawal;
import org.openhearings.stats.CaseTiming;

/**
 * Compile-time JSON binding for the plain domain records, declared here so the domain stays free of
 * framework annotations (no reflection at start-up).
 */
@SerdeImport(Hearing.class)
@SerdeImport(DataLicence.class)
@SerdeImport(HearingSummary.class)
@SerdeImport(Officer.class)
@SerdeImport(OutcomeTerms.class)
@SerdeImport(Allegation.class)
@SerdeImport(Period.class)
@SerdeImport(Evidence.class)
@SerdeImport(Departures.class)
@SerdeImport(Source.class)
@SerdeImport(Publication.class)
@SerdeImport(Withdrawal.class)
@SerdeImport(Correction.class)
@SerdeImport(Page.class)
@SerdeImport(Force.class)
@SerdeImport(HearingType.class)
@SerdeImport(Finding.class)
@SerdeImport(Outcome.class)
@SerdeImport(Rank.class)
@SerdeImport(OfficerStatus.class)
@SerdeImport(Standard.class)
@SerdeImport(ConductCategory.class)
@SerdeImport(CountQualifier.class)
@SerdeImport(DatePrecision.class)
@SerdeImport(CaseTiming.class)
public final class DomainSerde {
    private DomainSerde() {
    }
}
