package org.openhearings.query;

import jakarta.inject.Singleton;
import org.openhearings.domain.Labelled;
import org.openhearings.stats.OfficerFacts;
import org.openhearings.stats.StatsSnapshot;
import org.openhearings.store.StatsStore;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** Statistics from the precomputed snapshot: one DynamoDB read per request whatever the table size. */
@Singleton
public class StatsService {
    private final StatsStore store;

    public StatsService(StatsStore store) {
        this.store = store;
    }

    public StatsOverview overview() {
        StatsSnapshot s = store.load();
        List<OfficerFacts> facts = s.officerFacts();
        return new StatsOverview(s.generatedAt(), s.hearings(), s.officers(),
                count(facts, f -> Stream.of(f.outcome())),
                count(facts, f -> f.standards().stream()),
                count(facts, f -> Stream.of(f.hearingYear())),
                count(facts, f -> Stream.of(f.force())));
    }

    /** Officers per value, in the vocabulary's own order; an officer counts under each value they have. */
    private static <V extends Comparable<? super V>> List<Count> count(List<OfficerFacts> facts,
                                                                       Function<OfficerFacts, Stream<V>> values) {
        Map<V, Long> totals = new TreeMap<>();
        for (OfficerFacts f : facts) {
            values.apply(f).forEach(v -> totals.merge(v, (long) f.officers(), Long::sum));
        }
        return totals.entrySet().stream()
                .map(e -> new Count(String.valueOf(e.getKey()), labelOf(e.getKey()), e.getValue()))
                .toList();
    }

    private static String labelOf(Object value) {
        return value instanceof Labelled labelled ? labelled.label() : String.valueOf(value);
    }
}
