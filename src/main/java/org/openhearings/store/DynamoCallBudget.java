package org.openhearings.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How long one DynamoDB call may take in all, retries included, and how it retries: well inside the
 * API function's 15 s timeout, so a throttled or hanging table is answered with a fast 503, not a
 * Lambda timeout. The defaults suit single-item reads that take milliseconds when DynamoDB is well.
 *
 * @param callTimeout    the whole call, every attempt and back-off included
 * @param attemptTimeout one attempt
 * @param connectTimeout opening a connection
 * @param maxAttempts    attempts in all (the first and its retries)
 * @param baseDelay      the first back-off; it doubles, with full jitter, up to {@code maxDelay}
 * @param maxDelay       the longest back-off
 */
@ConfigurationProperties("openhearings.dynamodb.budget")
public record DynamoCallBudget(@Bindable(defaultValue = "3s") Duration callTimeout,
                               @Bindable(defaultValue = "1s") Duration attemptTimeout,
                               @Bindable(defaultValue = "500ms") Duration connectTimeout,
                               @Bindable(defaultValue = "3") int maxAttempts,
                               @Bindable(defaultValue = "25ms") Duration baseDelay,
                               @Bindable(defaultValue = "400ms") Duration maxDelay) {
}
