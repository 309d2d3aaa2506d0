package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What the statistics cover and where to find them: totals, the share of dismissals decided after the
 * officer had left, the disclosure rule, and a link to each table.
 */
@Serdeable
public record StatsOverview(Instant dataAsOf, int hearings, int officers, AfterLeaving afterLeaving,
                            StatsTable.Disclosure disclosure, List<String> dimensions, List<String> tables) {

    /**
     * Dismissal outcomes (with or without notice, or "would have been") and how many were reached after
     * the officer had left; the share only where both counts are published.
     */
    @Serdeable
    public record AfterLeaving(StatsTable.Cell dismissals, StatsTable.Cell wouldHaveBeenDismissed, @Nullable Double share) {
    }
}
