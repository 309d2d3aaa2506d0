package org.openhearings.domain;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a published record: when, which revision it made, which fields changed (paths such as
 * {@code summary} or {@code officers[1].outcome}), and the reason the operator gave, if any.
 */
public record Correction(Instant time, int revision, List<String> fieldsChanged, String reason) {
    public Correction {
        fieldsChanged = fieldsChanged == null ? List.of() : List.copyOf(fieldsChanged);
    }
}
