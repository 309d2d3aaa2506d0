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
 * The published dataset as files, one pair per year of hearing (and one for hearings whose date is not
 * stated), so a batch rewrites only the years it touched: CSV (one row per officer, the same columns as
 * the API's CSV) and JSON Lines (one published record per line).
 */
@Singleton
public class BulkExport {
    /** The files of hearings whose date the source does not state. */
    public static final String UNDATED = "undated";

    private final JsonMapper json;

    public BulkExport(JsonMapper json) {
        this.json = json;
    }

    /** The year (or {@link #UNDATED}) whose files hold this hearing. */
    public static String partition(Hearing hearing) {
        return hearing.outcomeYear() == null ? UNDATED : Integer.toString(hearing.outcomeYear());
    }

    public static String csvName(String partition) {
        return "hearings-" + partition + ".csv";
    }

    public static String jsonLinesName(String partition) {
        return "hearings-" + partition + ".jsonl";
    }

    public List<BulkContent> build(String partition, List<Hearing> hearings, Instant now) {
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
        String which = partition.equals(UNDATED) ? "whose hearing date is not stated" : "heard in " + partition;
        return List.of(
                content(csvName(partition), HearingCsv.MEDIA_TYPE, "Every officer outcome of the hearings " + which
                        + ": one row per officer, hearing fields repeated", officers, csv, now),
                content(jsonLinesName(partition), "application/jsonl;charset=utf-8", "Every published hearing record "
                        + which + ", one JSON object per line", hearings.size(), jsonl, now));
    }

    private static BulkContent content(String name, String mediaType, String description, long rows, byte[] bytes, Instant now) {
        return new BulkContent(new BulkFile(name, "/api/v1/bulk/" + name, mediaType, description, rows, bytes.length,
                Sha256.hex(bytes), now), bytes);
    }
}
