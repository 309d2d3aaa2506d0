package org.openhearings.export;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One published bulk file: where to get it, what it holds, and how to check it arrived whole. */
@Serdeable
public record BulkFile(String name, String url, String mediaType, String description, long rows, long bytes,
                       String sha256, Instant generatedAt) {
}
