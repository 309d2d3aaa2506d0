package org.openhearings.stats;

import java.time.Instant;
import java.util.List;

/** Every figure the statistics API can publish, precomputed by ingest from all the records. */
public record StatsSnapshot(Instant generatedAt, int hearings, int officers, List<OfficerFacts> officerFacts) {

    public static StatsSnapshot empty(Instant now) {
        return new StatsSnapshot(now, 0, 0, List.of());
    }
}
