package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What the statistics cover and where to find them: the hearings and officers the filters cover (and how
 * many of those hearings are generated sample records), the share of dismissals decided after the officer
 * had left, the basis of the figures, and a link to each table.
 */
@Serdeable
public record StatsOverview(Instant dataAsOf, StatsTable.Filters filters, int hearings, int officers, int generatedHearings,
                            AfterLeaving afterLeaving, String basis, List<String> dimensions, List<String> tables) {

    /** Dismissal outcomes (with or without notice, or "would have been") and how many were reached after the officer had left. */
    @Serdeable
    public record AfterLeaving(long dismissals, long wouldHaveBeenDismissed, @Nullable Double share) {
    }
}
