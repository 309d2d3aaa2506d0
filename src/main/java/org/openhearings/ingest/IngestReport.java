package org.openhearings.ingest;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What one ingest run did; refused records are listed with their reasons (never with a name). */
@Serdeable
public record IngestReport(int created, int updated, int unchanged, int removed, List<FieldError> rejected) {
    public IngestReport {
        rejected = List.copyOf(rejected);
    }
}
