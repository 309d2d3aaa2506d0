package org.openhearings.store;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.export.BulkContent;
import org.openhearings.export.BulkFile;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk files in the table: each file gzip-compressed and cut into parts under a partition of its own
 * generation ({@code BULK#{name}#{generatedAt}}), and a manifest pointing at the current generation.
 * The manifest is written after the parts and old parts are deleted after it, so a reader always gets
 * one whole generation. Reading a file costs one GetItem and one Query per MB compressed.
 */
@Singleton
public class BulkStore {
    private static final int PART_BYTES = 300_000; // well under DynamoDB's 400 KB item limit
    private static final String FILES = "files";
    private static final String DATA = "data";

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final JsonMapper json;

    public BulkStore(DynamoDbClient dynamo, DynamoSettings settings, JsonMapper json) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.json = json;
    }

    public List<BulkFile> manifest() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.table())
                .key(TableLayout.bulkManifestKey())).item();
        if (item == null || !item.containsKey(FILES)) {
            return List.of();
        }
        try {
            return Arrays.asList(json.readValue(item.get(FILES).s(), BulkFile[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> content(BulkFile file) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        parts(TableLayout.bulkPartition(file.name(), file.generatedAt()))
                .forEach(part -> compressed.writeBytes(part.get(DATA).b().asByteArray()));
        return compressed.size() == 0 ? Optional.empty() : Optional.of(Gzip.decompress(compressed.toByteArray()));
    }

    /** Ingest only: stores a new generation of the files, then points the manifest at it. */
    public void save(List<BulkContent> files) {
        List<BulkFile> previous = manifest();
        List<BulkFile> current = new ArrayList<>();
        for (BulkContent file : files) {
            byte[] compressed = Gzip.compress(file.content());
            String partition = TableLayout.bulkPartition(file.file().name(), file.file().generatedAt());
            for (int offset = 0, part = 0; offset < compressed.length; offset += PART_BYTES, part++) {
                Map<String, AttributeValue> item = new HashMap<>(TableLayout.key(partition, String.format("PART#%05d", part)));
                item.put(DATA, AttributeValue.fromB(SdkBytes.fromByteArray(
                        Arrays.copyOfRange(compressed, offset, Math.min(compressed.length, offset + PART_BYTES)))));
                dynamo.putItem(b -> b.tableName(settings.table()).item(item));
            }
            current.add(file.file());
        }
        Map<String, AttributeValue> manifest = new HashMap<>(TableLayout.bulkManifestKey());
        try {
            manifest.put(FILES, AttributeValue.fromS(json.writeValueAsString(current)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dynamo.putItem(b -> b.tableName(settings.table()).item(manifest));
        previous.stream().filter(old -> !current.contains(old)).forEach(this::deleteParts);
    }

    private void deleteParts(BulkFile file) {
        parts(TableLayout.bulkPartition(file.name(), file.generatedAt()))
                .forEach(part -> dynamo.deleteItem(d -> d.tableName(settings.table())
                        .key(TableLayout.key(part.get(TableLayout.PK).s(), part.get(TableLayout.SK).s()))));
    }

    /** Every part of one generation, in order (one Query per MB read). */
    private Iterable<Map<String, AttributeValue>> parts(String partition) {
        return dynamo.queryPaginator(q -> q.tableName(settings.table())
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", TableLayout.PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))).items();
    }
}
