package org.openhearings.store;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.List;
import java.util.Map;

/**
 * BatchWriteItem in DynamoDB's groups of 25, asking again (a bounded number of rounds, with backoff) for
 * what it leaves unprocessed under load; past that, an SDK fault. Every write here is idempotent (a put
 * of a whole item, or a delete), so a batch sent twice does no harm.
 */
final class BatchWrites {
    /** DynamoDB's BatchWriteItem limit. */
    static final int LIMIT = 25;
    private static final int UNPROCESSED_ROUNDS = 8;

    private BatchWrites() {
    }

    static void write(DynamoDbClient dynamo, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += LIMIT) {
            Map<String, List<WriteRequest>> request = Map.of(table, writes.subList(from, Math.min(writes.size(), from + LIMIT)));
            for (int round = 0; !request.isEmpty(); round++) {
                if (round == UNPROCESSED_ROUNDS) {
                    throw SdkClientException.create("DynamoDB left writes unprocessed after " + round + " rounds");
                }
                if (round > 0) {
                    Backoff.pause(round);
                }
                Map<String, List<WriteRequest>> pending = request;
                var response = dynamo.batchWriteItem(b -> b.requestItems(pending));
                request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }
}
