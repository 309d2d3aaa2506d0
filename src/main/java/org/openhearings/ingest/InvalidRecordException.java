package org.openhearings.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** A raw record failed validation or anonymisation; nothing of it was written. */
public class InvalidRecordException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidRecordException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
