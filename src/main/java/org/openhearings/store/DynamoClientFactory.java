package org.openhearings.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.openhearings.aws.AwsClientSetup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One DynamoDB client for every environment: only its endpoint and credentials differ. */
@Factory
public class DynamoClientFactory {

    @Singleton
    DynamoDbClient dynamoDbClient(DynamoSettings settings, DynamoRequestCounter counter) {
        return AwsClientSetup.configure(DynamoDbClient.builder(), settings.region(), settings.endpoint(),
                        settings.accessKeyId(), settings.secretKey())
                .overrideConfiguration(c -> c.addExecutionInterceptor(counter))
                .build();
    }
}
