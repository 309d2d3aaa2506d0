package org.openhearings.local;

import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.IngestService.RawFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The data the local run is loaded with: the seed case as raw JSON, and generated hearings. */
public final class SampleData {
    public static final String SEED_CASE = "/sample-data/seed-case.json";
    public static final int GENERATED_COUNT = 300;
    private static final long GENERATOR_SEED = 20230414L;

    private SampleData() {
    }

    public static RawFile seedCase() {
        try (InputStream in = SampleData.class.getResourceAsStream(SEED_CASE)) {
            return new RawFile("seed-case.json", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawFile generated(JsonMapper json, int count, long seed) {
        try {
            return new RawFile("generated-" + seed + ".json",
                    json.writeValueAsBytes(new GeneratedHearings(seed).records(count)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<RawFile> all(JsonMapper json) {
        return List.of(seedCase(), generated(json, GENERATED_COUNT, GENERATOR_SEED));
    }
}
