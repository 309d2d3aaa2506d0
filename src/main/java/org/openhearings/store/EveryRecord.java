package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.domain.Hearing;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every stored record (or one year's), a page of 100 at a time (the "all" index partition, then one
 * BatchGet): for the operator's recount and a year's bulk files, never on a request path. Holds one page.
 */
@Singleton
public class EveryRecord {
    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final DynamoHearingReader reader;

    public EveryRecord(DynamoDbClient dynamo, DynamoSettings settings, DynamoHearingReader reader) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.reader = reader;
    }

    public void forEach(Consumer<Hearing> action) {
        read("PK = :pk", Map.of(), action);
    }

    /** The records of one year of hearing (their index sort keys begin with it), or of none if {@code year} is null. */
    public void forEachInYear(Integer year, Consumer<Hearing> action) {
        read("PK = :pk AND begins_with(SK, :year)",
                Map.of(":year", AttributeValue.fromS(year == null ? TableLayout.DATE_NOT_STATED : String.format("%04d-", year))), action);
    }

    private void read(String keyCondition, Map<String, AttributeValue> values, Consumer<Hearing> action) {
        Map<String, AttributeValue> expressionValues = new java.util.HashMap<>(values);
        expressionValues.put(":pk", AttributeValue.fromS(TableLayout.indexPartition(TableLayout.ALL)));
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(q -> q.tableName(settings.table()).keyConditionExpression(keyCondition)
                    .expressionAttributeValues(expressionValues)
                    .projectionExpression("SK").limit(BatchGets.LIMIT).exclusiveStartKey(from));
            List<String> ids = page.items().stream().map(i -> i.get(TableLayout.SK).s().split("#", 2)[1]).toList();
            reader.findAll(ids).forEach(action);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }
}
