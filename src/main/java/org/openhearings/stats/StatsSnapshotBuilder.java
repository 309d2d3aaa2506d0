package org.openhearings.stats;

import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Function;

/** Builds the snapshot from the records themselves, so the figures always equal what they say. */
public final class StatsSnapshotBuilder {
    private final Map<OfficerFacts, Integer> officerGroups = new LinkedHashMap<>();
    private final Map<HearingFacts, Integer> hearingGroups = new LinkedHashMap<>();
    private final List<CaseTiming> timings = new ArrayList<>();
    private int hearings;
    private int officers;

    public void add(Hearing h) {
        hearings++;
        Integer conductYear = h.conductPeriod() == null ? null
                : (h.conductPeriod().to() != null ? h.conductPeriod().to() : h.conductPeriod().from()).year();
        for (Officer o : h.officers()) {
            officers++;
            OfficerFacts key = new OfficerFacts(h.force(), h.hearingType(), h.outcomeYear(), conductYear,
                    o.rank(), o.status(), o.finding(), o.outcome(), o.standardsBreached(), o.barredList(), h.generated(), 0);
            officerGroups.merge(key, 1, Integer::sum);
        }
        HearingFacts key = new HearingFacts(h.force(), h.hearingType(), h.outcomeYear(), conductYear,
                distinct(h, Officer::outcome), distinct(h, Officer::finding),
                h.officers().stream().flatMap(o -> o.standardsBreached().stream()).distinct().sorted().toList(),
                distinct(h, Officer::rank), distinct(h, Officer::status), distinct(h, o -> o.status() == null ? null : !o.status().former()),
                distinct(h, Officer::barredList), h.generated(), 0);
        hearingGroups.merge(key, 1, Integer::sum);
        timings.add(CaseTiming.of(h));
    }

    /** The values a hearing's officers have; an officer whose value is not stated adds none. */
    private static <V extends Comparable<? super V>> List<V> distinct(Hearing h, Function<Officer, V> value) {
        return h.officers().stream().map(value).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public StatsSnapshot build(Instant now) {
        return new StatsSnapshot(now, hearings, officers,
                officerGroups.entrySet().stream().map(e -> e.getKey().withOfficers(e.getValue())).toList(),
                hearingGroups.entrySet().stream().map(e -> e.getKey().withHearings(e.getValue())).toList(),
                timings);
    }
}
