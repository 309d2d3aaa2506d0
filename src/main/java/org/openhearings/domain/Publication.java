package org.openhearings.domain;

import java.time.Instant;

/** When we first published a record, when we last revised it, and how many revisions it has had. */
public record Publication(Instant firstPublished, Instant lastUpdated, int revision) {
}
