package org.openhearings.ingest;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.domain.Hearing;
import org.openhearings.hashing.Sha256;
import org.openhearings.store.RecordNotStoredException;
import org.openhearings.store.HearingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one ingest path, shared by the command line and the S3-triggered Lambda: validate, anonymise,
 * write (each write carries its own change to the statistics and facet counts, and marks its years'
 * bulk files for {@link BulkRebuild}): the cost of a batch follows the batch, not the records stored.
 */
@Singleton
public class IngestService {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /** Well inside DynamoDB's 400 KB item limit, with room for the record's keys, facets and metadata. */
    static final int MAX_RECORD_BYTES = 200_000;

    /** One raw input file: its name (for error messages) and its bytes. */
    public record RawFile(String name, byte[] content) {
    }

    private final RawHearingReader reader;
    private final HearingAnonymiser anonymiser;
    private final HearingWriter writer;
    private final JsonMapper json;

    public IngestService(RawHearingReader reader, HearingAnonymiser anonymiser, HearingWriter writer, JsonMapper json) {
        this.reader = reader;
        this.anonymiser = anonymiser;
        this.writer = writer;
        this.json = json;
    }

    public IngestReport ingest(List<RawFile> files) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0;
        List<FieldError> rejected = new ArrayList<>();
        Instant now = Instant.now();
        for (RawFile file : files) {
            for (RawHearingReader.Result result : reader.read(file.content(), file.name())) {
                if (!result.valid()) {
                    rejected.addAll(result.errors());
                    continue;
                }
                if (result.withdrawal() != null) {
                    removed += writer.remove(result.withdrawal().id(), result.withdrawal().reason(), now) ? 1 : 0;
                    continue;
                }
                try {
                    AnonymisedHearing anonymised = anonymiser.anonymise(result.record(), result.hearing());
                    Hearing hearing = anonymised.hearing();
                    byte[] published = json.writeValueAsBytes(hearing);
                    if (published.length > MAX_RECORD_BYTES) {
                        rejected.add(new FieldError(result.record(), "$", "the published record would take "
                                + published.length / 1000 + " KB; a record may take at most " + MAX_RECORD_BYTES / 1000
                                + " KB (shorten the free text)"));
                        continue;
                    }
                    HearingWriter.Outcome written = writer.save(hearing, Sha256.hex(published), anonymised.correctionReason(), now);
                    switch (written) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                } catch (InvalidRecordException e) {
                    rejected.addAll(e.errors());
                } catch (RecordNotStoredException e) {
                    rejected.add(new FieldError(result.record(), "$", "could not be stored (" + e.getMessage()
                            + "); nothing of it was written: ingest the file again"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        // Counts and paths only: a raw record or a name never reaches the log.
        LOG.info("ingest finished created={} updated={} unchanged={} removed={} rejected={}",
                created, updated, unchanged, removed, rejected.size());
        return new IngestReport(created, updated, unchanged, removed, rejected);
    }
}
