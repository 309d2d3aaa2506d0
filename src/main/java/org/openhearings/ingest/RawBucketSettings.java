package org.openhearings.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The private raw-data bucket's endpoint, for local S3-compatible engines; unset on AWS. */
@ConfigurationProperties("openhearings.raw-bucket")
public record RawBucketSettings(@Nullable String endpoint) {
}
