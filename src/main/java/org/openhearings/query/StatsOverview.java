package org.openhearings.query;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Counts of officers by outcome, standard breached, year of hearing and force, and what data they cover. */
@Serdeable
public record StatsOverview(Instant dataAsOf, int hearings, int officers, List<Count> byOutcome,
                            List<Count> byStandard, List<Count> byYear, List<Count> byForce) {
}
