package org.openhearings.store;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/** How many hearings each facet holds: lets a filtered list read the smallest index partition. */
@Singleton
public class FacetCountStore {
    private static final String COUNTS = "counts";

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;

    public FacetCountStore(DynamoDbClient dynamo, DynamoSettings settings) {
        this.dynamo = dynamo;
        this.settings = settings;
    }

    public Map<String, Long> load() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.statsKey(TableLayout.FACET_COUNTS))).item();
        Map<String, Long> counts = new HashMap<>();
        if (item != null && item.containsKey(COUNTS)) {
            item.get(COUNTS).m().forEach((facet, n) -> counts.put(facet, Long.parseLong(n.n())));
        }
        return counts;
    }

    void save(Map<String, Long> counts) {
        Map<String, AttributeValue> values = new HashMap<>();
        counts.forEach((facet, n) -> values.put(facet, AttributeValue.fromN(Long.toString(n))));
        Map<String, AttributeValue> item = new HashMap<>(TableLayout.statsKey(TableLayout.FACET_COUNTS));
        item.put(COUNTS, AttributeValue.fromM(values));
        dynamo.putItem(b -> b.tableName(settings.table()).item(item));
    }
}
