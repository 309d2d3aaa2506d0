package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * How long cases take, in days: quartiles per group (by force or year), and where each case's own timings
 * are listed, a page at a time ({@code cases}).
 */
@Serdeable
public record TimingStats(Instant dataAsOf, int records, String by, StatsTable.Filters filters,
                          String basis, List<Group> groups, String cases) {

    @Serdeable
    public record Group(String value, String label, List<Interval> intervals) {
    }

    /**
     * One interval between milestones for a group: quartiles over the cases whose records state both
     * dates (null where none do); {@code lackingDates} counts the group's cases that do not, so no figure
     * hides how much it leaves out.
     */
    @Serdeable
    public record Interval(String interval, int cases, int lackingDates, @Nullable Double q1, @Nullable Double median,
                           @Nullable Double q3) {
    }
}
