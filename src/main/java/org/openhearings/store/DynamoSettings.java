package org.openhearings.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the table is. With no endpoint the SDK's own resolution applies (AWS, or the standard
 * AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL variables, e.g. LocalStack); with one, that endpoint
 * (DynamoDB Local). Keys are only for local engines: on AWS the function's role is used.
 */
@ConfigurationProperties("openhearings.dynamodb")
public record DynamoSettings(@Bindable(defaultValue = "openhearings") String table,
                             @Bindable(defaultValue = "eu-west-2") String region,
                             @Nullable String endpoint,
                             @Nullable String accessKeyId,
                             @Nullable String secretKey) {
}
