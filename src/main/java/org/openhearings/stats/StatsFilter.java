package org.openhearings.stats;

import org.openhearings.domain.Force;

/** Which records a statistics table covers: one force or all, and a range of hearing years (inclusive). */
public record StatsFilter(Force force, Integer fromYear, Integer toYear) {
    public static final StatsFilter ALL = new StatsFilter(null, null, null);

    public boolean covers(Force f, int hearingYear) {
        return (force == null || force == f)
                && (fromYear == null || hearingYear >= fromYear)
                && (toYear == null || hearingYear <= toYear);
    }
}
