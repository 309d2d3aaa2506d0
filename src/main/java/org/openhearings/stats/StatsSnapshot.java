package org.openhearings.stats;

import java.time.Instant;
import java.util.List;

/** Every figure the statistics API can publish, precomputed by ingest from all the records. */
public record StatsSnapshot(Instant generatedAt, int hearings, int officers, List<OfficerFacts> officerFacts,
                           List<HearingFacts> hearingFacts, List<CaseTiming> timings) {

    public StatsSnapshot {
        officerFacts = officerFacts == null ? List.of() : List.copyOf(officerFacts);
        hearingFacts = hearingFacts == null ? List.of() : List.copyOf(hearingFacts);
        timings = timings == null ? List.of() : List.copyOf(timings);
    }

    public static StatsSnapshot empty(Instant now) {
        return new StatsSnapshot(now, 0, 0, List.of(), List.of(), List.of());
    }
}
