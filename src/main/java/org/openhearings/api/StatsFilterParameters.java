package org.openhearings.api;

import org.openhearings.domain.Force;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.stats.StatsFilter;

/**
 * The statistics filters as query parameters: force; from and to as years (or the dates that open and close
 * them); generated (false: real records only). Shared by the API and the dashboard.
 */
public final class StatsFilterParameters {
    private StatsFilterParameters() {
    }

    public static StatsFilter parse(QueryParameters q) {
        Force force = q.enumValue("force", Force.class);
        Integer from = q.yearBound("from", false);
        Integer to = q.yearBound("to", true);
        if (from != null && to != null && to < from) {
            throw new InvalidQueryException("to", "is before from");
        }
        return new StatsFilter(force, from, to, q.bool("generated"));
    }
}
