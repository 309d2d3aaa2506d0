package org.openhearings.ingest;

import org.openhearings.domain.Allegation;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.OutcomeTerms;
import org.openhearings.domain.Rank;

import java.util.List;

/**
 * An officer as the raw input names them; {@code name} and {@code warrantNumber} never leave ingest. An
 * officer the panel made anonymous has no name (the source calls them by a codename, kept as the label).
 */
public record RawOfficer(String name, String warrantNumber, String label, Rank rank, OfficerStatus status,
                         String unitType, List<Allegation> allegations, Outcome outcome, OutcomeTerms outcomeTerms,
                         boolean barredList) {
}
