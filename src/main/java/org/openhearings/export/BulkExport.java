package org.openhearings.export;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.domain.Hearing;
import org.openhearings.hashing.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The whole published dataset as files, rebuilt by ingest after each batch: CSV (one row per officer,
 * the same columns as the API's CSV) and JSON Lines (one published record per line).
 */
@Singleton
public class BulkExport {
    public static final String CSV = "hearings.csv";
    public static final String JSON_LINES = "hearings.jsonl";

    private final JsonMapper json;

    public BulkExport(JsonMapper json) {
        this.json = json;
    }

    public List<BulkContent> build(List<Hearing> hearings, Instant now) {
        byte[] csv = HearingCsv.write(hearings).getBytes(StandardCharsets.UTF_8);
        long officers = hearings.stream().mapToLong(h -> h.officers().size()).sum();
        StringBuilder lines = new StringBuilder();
        for (Hearing hearing : hearings) {
            try {
                lines.append(json.writeValueAsString(hearing)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] jsonl = lines.toString().getBytes(StandardCharsets.UTF_8);
        return List.of(
                content(CSV, HearingCsv.MEDIA_TYPE, "Every officer outcome: one row per officer, hearing fields repeated", officers, csv, now),
                content(JSON_LINES, "application/jsonl;charset=utf-8", "Every published hearing record, one JSON object per line",
                        hearings.size(), jsonl, now));
    }

    private static BulkContent content(String name, String mediaType, String description, long rows, byte[] bytes, Instant now) {
        return new BulkContent(new BulkFile(name, "/api/v1/bulk/" + name, mediaType, description, rows, bytes.length,
                Sha256.hex(bytes), now), bytes);
    }
}
