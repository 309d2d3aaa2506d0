package org.openhearings.store;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.export.BulkContent;
import org.openhearings.export.BulkFile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bulk files: objects in S3 under a key of their own generation ({@code bulk/{generatedAt}/{name}}),
 * and a manifest item in the table listing the current ones (bounded by the years: two files per year).
 * A batch writes only the files of the years it touched; the manifest is written after the objects, and
 * replaced objects are deleted after it, so a reader always gets a whole file the manifest describes.
 */
@Singleton
public class BulkStore {
    private static final String FILES = "files";
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DynamoDbClient dynamo;
    private final DynamoSettings settings;
    private final JsonMapper json;
    private final BulkObjects objects;

    public BulkStore(DynamoDbClient dynamo, DynamoSettings settings, JsonMapper json, BulkObjects objects) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.json = json;
        this.objects = objects;
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

    /** A time-limited download link for a file of the manifest. */
    public URI link(BulkFile file) {
        return objects.link(objectKey(file), file.name());
    }

    /**
     * Ingest only: stores new generations of these files, drops the files named in {@code gone} (a year
     * left without records), and points the manifest at the result; other files stay as they are.
     */
    public void save(List<BulkContent> files, Set<String> gone) {
        List<BulkFile> previous = manifest();
        Set<String> replaced = files.stream().map(f -> f.file().name()).collect(Collectors.toSet());
        replaced.addAll(gone);
        for (BulkContent file : files) {
            objects.put(objectKey(file.file()), file.content(), file.file().mediaType());
        }
        List<BulkFile> current = new ArrayList<>(previous.stream().filter(f -> !replaced.contains(f.name())).toList());
        files.forEach(f -> current.add(f.file()));
        current.sort(Comparator.comparing(BulkFile::name));
        Map<String, AttributeValue> manifest = new HashMap<>(TableLayout.bulkManifestKey());
        try {
            manifest.put(FILES, AttributeValue.fromS(json.writeValueAsString(current)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dynamo.putItem(b -> b.tableName(settings.table()).item(manifest));
        previous.stream().filter(old -> replaced.contains(old.name()) && !current.contains(old))
                .forEach(old -> objects.delete(objectKey(old)));
    }

    private static String objectKey(BulkFile file) {
        return "bulk/" + GENERATION.format(file.generatedAt()) + "/" + file.name();
    }
}
