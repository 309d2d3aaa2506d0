package org.openhearings.stats;

import org.openhearings.domain.Force;

/**
 * Which records a statistics table covers: one force or all, and a range of hearing years (inclusive).
 * A record whose hearing date is not stated is in no year range.
 */
public record StatsFilter(Force force, Integer fromYear, Integer toYear) {
    public static final StatsFilter ALL = new StatsFilter(null, null, null);

    public boolean covers(Force f, Integer hearingYear) {
        return (force == null || force == f)
                && (fromYear == null || hearingYear != null && hearingYear >= fromYear)
                && (toYear == null || hearingYear != null && hearingYear <= toYear);
    }
}
