package org.openhearings.ingest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.openhearings.store.DynamoSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;

/** The client ingest reads raw files with; only the ingest function has one. */
@Factory
public class S3ClientFactory {

    @Singleton
    @Requires(classes = S3Client.class)
    S3Client s3Client(RawBucketSettings bucket, DynamoSettings dynamo) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(dynamo.region()))
                .forcePathStyle(bucket.endpoint() != null);
        if (bucket.endpoint() != null && !bucket.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(bucket.endpoint()));
        }
        if (dynamo.accessKeyId() != null && dynamo.secretKey() != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(dynamo.accessKeyId(), dynamo.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
