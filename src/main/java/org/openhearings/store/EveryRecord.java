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
 * Every stored record, a page of 100 at a time (the "all" index partition, then one BatchGet): O(records),
 * for the operator's recount and the bulk files, never on a request path. Holds one page in memory.
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
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(q -> q.tableName(settings.table()).keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.indexPartition(TableLayout.ALL))))
                    .projectionExpression("SK").limit(BatchGets.LIMIT).exclusiveStartKey(from));
            List<String> ids = page.items().stream().map(i -> i.get(TableLayout.SK).s().split("#", 2)[1]).toList();
            reader.findAll(ids).forEach(action);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }
}
