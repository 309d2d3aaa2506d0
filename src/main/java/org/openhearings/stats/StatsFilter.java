package org.openhearings.stats;

import org.openhearings.domain.Force;

/**
 * Which records a statistics table covers: one force or all, a range of hearing years (inclusive), and
 * generated sample records or real ones (null: both). A record whose hearing date is not stated is in no
 * year range.
 */
public record StatsFilter(Force force, Integer fromYear, Integer toYear, Boolean generated) {
    public static final StatsFilter ALL = new StatsFilter(null, null, null, null);

    public boolean covers(Force f, Integer hearingYear, boolean isGenerated) {
        return (force == null || force == f)
                && (fromYear == null || hearingYear != null && hearingYear >= fromYear)
                && (toYear == null || hearingYear != null && hearingYear <= toYear)
                && (generated == null || generated == isGenerated);
    }
}
