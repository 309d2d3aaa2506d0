package org.openhearings.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the bulk files are: a private bucket, served by time-limited signed links. The endpoint is only
 * for local S3-compatible engines (S3Proxy, LocalStack); on AWS it is unset.
 */
@ConfigurationProperties("openhearings.bulk")
public record BulkSettings(@Bindable(defaultValue = "openhearings-bulk") String bucket, @Nullable String endpoint) {
}
