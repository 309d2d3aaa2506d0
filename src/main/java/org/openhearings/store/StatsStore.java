package org.openhearings.store;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.stats.StatsSnapshot;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The statistics snapshot: one item, gzip-compressed JSON, so a statistics request is one GetItem.
 * Officers are grouped by their counted attributes, which keeps the item far below DynamoDB's 400 KB.
 */
@Singleton
public class StatsStore {
    private static final String SNAPSHOT = "snapshot";

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final JsonMapper json;

    public StatsStore(DynamoDbClient dynamo, DynamoSettings settings, JsonMapper json) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.json = json;
    }

    public StatsSnapshot load() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.statsKey(TableLayout.SNAPSHOT))).item();
        if (item == null || !item.containsKey(SNAPSHOT)) {
            return StatsSnapshot.empty(Instant.EPOCH);
        }
        try {
            return json.readValue(Gzip.decompress(item.get(SNAPSHOT).b().asByteArray()), StatsSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(StatsSnapshot snapshot) {
        byte[] compressed;
        try {
            compressed = Gzip.compress(json.writeValueAsBytes(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, AttributeValue> item = new HashMap<>(TableLayout.statsKey(TableLayout.SNAPSHOT));
        item.put(SNAPSHOT, AttributeValue.fromB(SdkBytes.fromByteArray(compressed)));
        dynamo.putItem(b -> b.tableName(settings.table()).item(item));
    }
}
