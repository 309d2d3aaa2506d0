package org.openhearings.domain;

import java.time.Instant;
import java.util.List;

/**
 * When we first published a record, when we last revised it, how many revisions it has had, and the
 * log of its corrections (one per revision after the first), oldest first: a correction is visible.
 */
public record Publication(Instant firstPublished, Instant lastUpdated, int revision, List<Correction> corrections) {
    public Publication {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** The latest correction, or null for a record never revised. */
    public Correction lastCorrection() {
        return corrections.isEmpty() ? null : corrections.get(corrections.size() - 1);
    }
}
