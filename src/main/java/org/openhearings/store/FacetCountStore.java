package org.openhearings.store;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many hearings each facet holds, so a filtered list reads the smallest index partition: one item,
 * one count per facet (bounded by the vocabularies), changed by each write's delta.
 */
@Singleton
public class FacetCountStore {
    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;

    public FacetCountStore(DynamoDbClient dynamo, DynamoSettings settings) {
        this.dynamo = dynamo;
        this.settings = settings;
    }

    public Map<String, Long> load() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.statsKey(TableLayout.FACET_COUNTS))).item();
        return item == null ? Map.of() : StatsCountStore.counts(item);
    }

    /** The facets' changes as one ADD, inside the record's transaction; null if none changed. */
    TransactWriteItem update(Map<String, Long> delta) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> adds = new ArrayList<>();
        delta.forEach((facet, n) -> {
            if (n != 0) {
                int i = adds.size();
                names.put("#f" + i, facet);
                values.put(":f" + i, AttributeValue.fromN(Long.toString(n)));
                adds.add("#f" + i + " :f" + i);
            }
        });
        return adds.isEmpty() ? null : TransactWriteItem.builder().update(u -> u.tableName(settings.table())
                .key(TableLayout.statsKey(TableLayout.FACET_COUNTS)).updateExpression("ADD " + String.join(", ", adds))
                .expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    /** Replaces every count (the recount's repair). */
    void replace(Map<String, Long> counts) {
        Map<String, AttributeValue> item = new HashMap<>(TableLayout.statsKey(TableLayout.FACET_COUNTS));
        counts.forEach((facet, n) -> item.put(facet, AttributeValue.fromN(Long.toString(n))));
        dynamo.putItem(b -> b.tableName(settings.table()).item(item));
    }
}
