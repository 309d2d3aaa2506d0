package org.openhearings.api;

import org.openhearings.domain.Force;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.stats.StatsFilter;

/** The statistics filters as query parameters (force; from and to as years); shared by the API and the dashboard. */
public final class StatsFilterParameters {
    private StatsFilterParameters() {
    }

    public static StatsFilter parse(QueryParameters q) {
        Force force = q.enumValue("force", Force.class);
        int from = q.integer("from", 0, 1900, 2100);
        int to = q.integer("to", 0, 1900, 2100);
        if (from != 0 && to != 0 && to < from) {
            throw new InvalidQueryException("to", "is before from");
        }
        return new StatsFilter(force, from == 0 ? null : from, to == 0 ? null : to);
    }
}
