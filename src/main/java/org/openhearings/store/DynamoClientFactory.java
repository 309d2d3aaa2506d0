package org.openhearings.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.openhearings.aws.AwsClientSetup;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One DynamoDB client for every environment: only its endpoint and credentials differ; every call has a budget. */
@Factory
public class DynamoClientFactory {

    @Singleton
    DynamoDbClient dynamoDbClient(DynamoSettings settings, DynamoCallBudget budget, DynamoRequestCounter counter) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(budget.baseDelay(), budget.maxDelay());
        UrlConnectionHttpClient.Builder http = UrlConnectionHttpClient.builder()
                .connectionTimeout(budget.connectTimeout())
                .socketTimeout(budget.attemptTimeout());
        return AwsClientSetup.configure(DynamoDbClient.builder(), http, settings.region(), settings.endpoint(),
                        settings.accessKeyId(), settings.secretKey())
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter)
                        .apiCallTimeout(budget.callTimeout())
                        .apiCallAttemptTimeout(budget.attemptTimeout())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(budget.maxAttempts())
                                .backoffStrategy(backoff)
                                .throttlingBackoffStrategy(backoff)
                                .build()))
                .build();
    }
}
