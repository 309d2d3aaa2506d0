package org.openhearings.store;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchGetItem of up to 100 keys, asking again (a bounded number of rounds, with backoff) for the keys
 * DynamoDB leaves unprocessed under load; past that, an SDK fault the API answers with 503.
 */
final class BatchGets {
    /** DynamoDB's BatchGetItem limit. */
    static final int LIMIT = 100;
    /** Rounds for one read, the first included, before unprocessed keys make it a fault. */
    private static final int UNPROCESSED_ROUNDS = 4;

    private BatchGets() {
    }

    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys,
                                                 String projection) {
        return get(dynamo, table, keys, projection, null);
    }

    /** With a projection that names attributes through {@code names} (#n → name), for names a projection cannot spell. */
    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys,
                                                 String projection, Map<String, String> names) {
        if (keys.size() > LIMIT) {
            throw new IllegalArgumentException("at most " + LIMIT + " keys per call");
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, KeysAndAttributes> request = keys.isEmpty() ? Map.of()
                : Map.of(table, KeysAndAttributes.builder().keys(keys).projectionExpression(projection)
                .expressionAttributeNames(names).build());
        for (int round = 0; !request.isEmpty(); round++) {
            if (round == UNPROCESSED_ROUNDS) {
                throw SdkClientException.create("DynamoDB left keys unprocessed after " + round + " rounds");
            }
            if (round > 0) {
                Backoff.pause(round);
            }
            Map<String, KeysAndAttributes> pending = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
            items.addAll(response.responses().getOrDefault(table, List.of()));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return items;
    }
}
