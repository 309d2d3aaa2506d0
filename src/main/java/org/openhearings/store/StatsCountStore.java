package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.stats.StatsCell;
import org.openhearings.stats.StatsFilter;
import org.openhearings.stats.StatsView;
import org.openhearings.stats.Tabulation;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics cells (see {@link StatsCell}). A request reads its kind of records and force in one
 * Query (one item per year with records, plus the totals: bounded by the calendar) and, for a breakdown by
 * force, each force's cells in BatchGets of 100 (forces × years asked for). Writes are deltas: ADD on the
 * counts, inside the record's own transaction.
 */
@Singleton
public class StatsCountStore {
    /** When a cell was last written (a string, so it is never read as a count). */
    private static final String AS_OF = "asOf";

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;

    public StatsCountStore(DynamoDbClient dynamo, DynamoSettings settings) {
        this.dynamo = dynamo;
        this.settings = settings;
    }

    /**
     * The cells a request needs: its own partition (only the years in the filter's range, if it has one);
     * with {@code eachForce}, every force's cell for the filter's years (each year if {@code eachYear} or a
     * year range, else the all-years cell).
     */
    public StatsView load(StatsFilter filter, boolean eachForce, boolean eachYear) {
        return load(filter, eachForce, eachYear, null);
    }

    /**
     * As above; of each force's cells only {@code forceCounts} are read (null: whole cells): a page that
     * draws one figure per force need not read 47 whole cells.
     */
    public StatsView load(StatsFilter filter, boolean eachForce, boolean eachYear, Set<String> forceCounts) {
        return load(filter, eachForce, eachYear, null, forceCounts);
    }

    /**
     * As above, reading of every cell only {@code counts}: a table needs its dimension's counts, not the
     * cell's hundreds of others (histograms, other dimensions, joint counts).
     */
    public StatsView loadCounts(StatsFilter filter, boolean eachForce, boolean eachYear, Set<String> counts) {
        return load(filter, eachForce, eachYear, counts, counts);
    }

    private StatsView load(StatsFilter filter, boolean eachForce, boolean eachYear, Set<String> counts, Set<String> forceCounts) {
        Map<StatsCell, Map<String, Long>> cells = new HashMap<>();
        Instant[] asOf = {Instant.EPOCH};
        String records = StatsCell.records(filter.generated());
        String force = filter.force() == null ? StatsCell.ALL_FORCES : filter.force().name();
        // With a year range only the years in it are read (everything then sums those year cells); else the whole partition.
        boolean range = filter.fromYear() != null || filter.toYear() != null;
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", AttributeValue.fromS(TableLayout.statsPartition(records, force))));
        if (range) {
            values.put(":lo", AttributeValue.fromS(TableLayout.yearSortKey(filter.fromYear(), "0000")));
            values.put(":hi", AttributeValue.fromS(TableLayout.yearSortKey(filter.toYear(), "9999")));
        }
        String condition = range ? "#pk = :pk AND #sk BETWEEN :lo AND :hi" : "#pk = :pk";
        Map<String, String> names = projected(counts);
        String projection = counts == null ? null : String.join(", ", names.keySet());
        if (counts == null && !range) {
            names.remove("#sk"); // DynamoDB refuses a name no expression uses
        }
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(q -> q.tableName(settings.table()).keyConditionExpression(condition)
                    .expressionAttributeNames(names).projectionExpression(projection)
                    .expressionAttributeValues(values).exclusiveStartKey(from));
            page.items().forEach(item -> {
                cells.put(TableLayout.statsCell(item), counts(item));
                asOf[0] = later(asOf[0], item);
            });
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        StatsView view = new StatsView(filter, cells, asOf[0]);
        if (eachForce && filter.force() == null) {
            List<String> years = eachYear || view.hasYearRange() ? view.years() : List.of(StatsCell.ALL_YEARS);
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String f : Tabulation.forces(view)) {
                years.forEach(y -> keys.add(TableLayout.statsCellKey(new StatsCell(records, f, y))));
            }
            Map<String, String> forceNames = projected(forceCounts);
            String forceProjection = forceCounts == null ? null : String.join(", ", forceNames.keySet());
            for (int i = 0; i < keys.size(); i += BatchGets.LIMIT) {
                BatchGets.get(dynamo, settings.table(), keys.subList(i, Math.min(keys.size(), i + BatchGets.LIMIT)), forceProjection,
                                forceCounts == null ? null : forceNames)
                        .forEach(item -> cells.put(TableLayout.statsCell(item), counts(item)));
            }
        }
        return view;
    }

    /** The attribute names a projection of {@code counts} reads (null: the keys alone, for a whole-item read), with the cell's keys and date. */
    private static Map<String, String> projected(Set<String> counts) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK));
        if (counts != null) {
            names.put("#asOf", AS_OF);
            counts.forEach(count -> names.put("#c" + names.size(), count));
        }
        return names;
    }

    /** One ADD per cell: the counts change by the delta, atomically with the record's write, which also dates the cell. */
    List<TransactWriteItem> updates(Map<StatsCell, Map<String, Long>> delta, Instant now) {
        List<TransactWriteItem> updates = new ArrayList<>();
        delta.forEach((cell, counts) -> {
            Map<String, String> names = new HashMap<>(Map.of("#asOf", AS_OF));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":asOf", AttributeValue.fromS(now.toString())));
            List<String> adds = new ArrayList<>();
            counts.forEach((name, n) -> {
                int i = adds.size();
                names.put("#c" + i, name);
                values.put(":c" + i, AttributeValue.fromN(Long.toString(n)));
                adds.add("#c" + i + " :c" + i);
            });
            updates.add(TransactWriteItem.builder().update(u -> u.tableName(settings.table()).key(TableLayout.statsCellKey(cell))
                    .updateExpression("SET #asOf = :asOf ADD " + String.join(", ", adds))
                    .expressionAttributeNames(names).expressionAttributeValues(values)).build());
        });
        return updates;
    }

    /** Replaces a cell's counts (the recount's repair). */
    void replace(StatsCell cell, Map<String, Long> counts) {
        Map<String, AttributeValue> item = new HashMap<>(TableLayout.statsCellKey(cell));
        counts.forEach((name, n) -> item.put(name, AttributeValue.fromN(Long.toString(n))));
        dynamo.putItem(p -> p.tableName(settings.table()).item(item));
    }

    private static Instant later(Instant so, Map<String, AttributeValue> item) {
        AttributeValue written = item.get(AS_OF);
        Instant time = written == null ? Instant.EPOCH : Instant.parse(written.s());
        return time.isAfter(so) ? time : so;
    }

    static Map<String, Long> counts(Map<String, AttributeValue> item) {
        Map<String, Long> counts = new HashMap<>();
        item.forEach((name, value) -> {
            if (!name.equals(TableLayout.PK) && !name.equals(TableLayout.SK) && value.n() != null) {
                counts.put(name, Long.parseLong(value.n()));
            }
        });
        return counts;
    }
}
