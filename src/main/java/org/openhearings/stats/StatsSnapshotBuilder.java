package org.openhearings.stats;

import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the snapshot from the records themselves, so the figures always equal what they say. */
public final class StatsSnapshotBuilder {
    private final Map<OfficerFacts, Integer> groups = new LinkedHashMap<>();
    private int hearings;
    private int officers;

    public void add(Hearing h) {
        hearings++;
        Integer conductYear = h.conductPeriod() == null ? null
                : (h.conductPeriod().to() != null ? h.conductPeriod().to() : h.conductPeriod().from()).year();
        for (Officer o : h.officers()) {
            officers++;
            OfficerFacts key = new OfficerFacts(h.force(), h.hearingType(), h.outcomeDate().getYear(), conductYear,
                    o.rank(), o.status(), o.finding(), o.outcome(), o.standardsBreached(),
                    o.barredList(), 0);
            groups.merge(key, 1, Integer::sum);
        }
    }

    public StatsSnapshot build(Instant now) {
        List<OfficerFacts> facts = groups.entrySet().stream().map(e -> e.getKey().withOfficers(e.getValue())).toList();
        return new StatsSnapshot(now, hearings, officers, facts);
    }
}
