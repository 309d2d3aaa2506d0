package org.openhearings.store;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The years whose bulk files are out of date: one item, one counter per year (bounded by the calendar).
 * Every write marks its years inside its own transaction, so a stored change can never miss its mark;
 * the rebuild clears a year only if nobody marked it again while the files were being written.
 */
@Singleton
public class PendingBulkYears {
    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;

    public PendingBulkYears(DynamoDbClient dynamo, DynamoSettings settings) {
        this.dynamo = dynamo;
        this.settings = settings;
    }

    /** Marks these years (bulk partitions), inside a record's transaction. */
    TransactWriteItem mark(Set<String> years) {
        Map<String, String> names = new HashMap<>();
        List<String> adds = years.stream().map(year -> {
            String name = "#y" + names.size();
            names.put(name, year);
            return name + " :one";
        }).toList();
        return TransactWriteItem.builder().update(u -> u.tableName(settings.table()).key(TableLayout.pendingBulkKey())
                .updateExpression("ADD " + String.join(", ", adds)).expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build();
    }

    /** Each pending year with its mark (a counter that grows with every change). */
    public Map<String, Long> read() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.pendingBulkKey()).consistentRead(true)).item();
        Map<String, Long> years = new TreeMap<>();
        if (item != null) {
            item.forEach((name, value) -> {
                if (value.n() != null) {
                    years.put(name, Long.parseLong(value.n()));
                }
            });
        }
        return years;
    }

    /** Clears a year whose files were rebuilt from what its mark {@code seen} covered; false if it was marked again since. */
    public boolean clear(String year, long seen) {
        try {
            dynamo.updateItem(b -> b.tableName(settings.table()).key(TableLayout.pendingBulkKey())
                    .updateExpression("REMOVE #y").conditionExpression("#y = :seen")
                    .expressionAttributeNames(Map.of("#y", year))
                    .expressionAttributeValues(Map.of(":seen", AttributeValue.fromN(Long.toString(seen)))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
