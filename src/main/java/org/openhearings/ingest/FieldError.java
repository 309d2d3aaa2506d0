package org.openhearings.ingest;

/** One reason a raw record was refused: which record, which field (a JSON path), and why. */
@io.micronaut.serde.annotation.Serdeable
public record FieldError(String record, String field, String message) {
    @Override
    public String toString() {
        return record + ": " + field + ": " + message;
    }
}
