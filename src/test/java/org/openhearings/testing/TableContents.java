package org.openhearings.testing;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Everything stored in a table as one text, read with a Scan: for tests only (no request path scans),
 * so that "no name is stored" is checked against every attribute of every item, whatever its key.
 */
public final class TableContents {
    private TableContents() {
    }

    public static String allText(DynamoDbClient dynamo, String table) {
        StringBuilder text = new StringBuilder();
        dynamo.scanPaginator(s -> s.tableName(table)).items()
                .forEach(item -> item.forEach((name, value) -> text.append(name).append('=').append(render(value)).append('\n')));
        return text.toString();
    }

    private static String render(AttributeValue value) {
        if (value.b() != null) {
            return decode(value.b());
        }
        if (value.hasM()) {
            StringBuilder out = new StringBuilder();
            value.m().forEach((k, v) -> out.append(k).append(':').append(render(v)).append(' '));
            return out.toString();
        }
        if (value.hasL()) {
            return value.l().stream().map(TableContents::render).reduce("", (a, b) -> a + " " + b);
        }
        return value.toString();
    }

    /** Binary attributes hold gzip JSON (the stats snapshot); read them as text, or as raw bytes if not gzip. */
    private static String decode(SdkBytes bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes.asByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException notGzip) {
            return bytes.asUtf8String();
        }
    }

    public static int itemCount(DynamoDbClient dynamo, String table) {
        return (int) dynamo.scanPaginator(s -> s.tableName(table)).items().stream().count();
    }
}
