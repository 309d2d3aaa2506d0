package org.openhearings.store;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.openhearings.domain.Force;
import org.openhearings.stats.Contribution;
import org.openhearings.stats.StatsCell;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's check of the aggregates: counts every stored record again (a page at a time) and compares
 * every statistics cell and facet count with what is stored; with {@code repair}, writes the recounted
 * figures where they differ. An operator tool, O(records), never on a request path.
 */
@Singleton
public class AggregateRecount {
    /** What the recount found: records counted, cells compared, the cells and facet counts that differed. */
    @Serdeable
    public record Result(int records, int cells, List<String> differences, boolean repaired) {
    }

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final EveryRecord everyRecord;
    private final StatsCountStore stats;
    private final FacetCountStore facetCounts;

    public AggregateRecount(DynamoDbClient dynamo, DynamoSettings settings, EveryRecord everyRecord, StatsCountStore stats,
                            FacetCountStore facetCounts) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.everyRecord = everyRecord;
        this.stats = stats;
        this.facetCounts = facetCounts;
    }

    public Result run(boolean repair) {
        Map<StatsCell, Map<String, Long>> recounted = new HashMap<>();
        Map<String, Long> facets = new HashMap<>();
        int[] records = {0};
        everyRecord.forEach(h -> {
            records[0]++;
            Contribution.add(recounted, h, 1);
            Facets.of(h).forEach(f -> facets.merge(f, 1L, Long::sum));
        });
        Map<StatsCell, Map<String, Long>> stored = storedCells();
        List<String> differences = new ArrayList<>();
        Set<StatsCell> cells = new HashSet<>(recounted.keySet());
        cells.addAll(stored.keySet());
        for (StatsCell cell : cells) {
            Map<String, Long> want = nonZero(recounted.getOrDefault(cell, Map.of()));
            if (!want.equals(nonZero(stored.getOrDefault(cell, Map.of())))) {
                differences.add("cell " + cell.records() + "/" + cell.force() + "/" + cell.year());
                if (repair) {
                    stats.replace(cell, want);
                }
            }
        }
        if (!nonZero(facets).equals(nonZero(facetCounts.load()))) {
            differences.add("facet counts");
            if (repair) {
                facetCounts.replace(facets);
            }
        }
        return new Result(records[0], cells.size(), differences, repair && !differences.isEmpty());
    }

    /**
     * Every stored cell, by a Query of each statistics partition: the partitions are known in advance (three
     * kinds of record × every force and ALL), so no Scan is needed even here.
     */
    private Map<StatsCell, Map<String, Long>> storedCells() {
        Map<StatsCell, Map<String, Long>> cells = new HashMap<>();
        List<String> forces = new ArrayList<>(List.of(StatsCell.ALL_FORCES));
        Arrays.stream(Force.values()).forEach(f -> forces.add(f.name()));
        for (String records : List.of(StatsCell.ALL_RECORDS, StatsCell.REAL, StatsCell.SAMPLE)) {
            for (String force : forces) {
                dynamo.queryPaginator(q -> q.tableName(settings.table()).keyConditionExpression("PK = :pk")
                                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.statsPartition(records, force)))))
                        .items().forEach(item -> cells.put(TableLayout.statsCell(item), StatsCountStore.counts(item)));
            }
        }
        return cells;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> kept = new HashMap<>(counts);
        kept.values().removeIf(n -> n == 0);
        return kept;
    }
}
