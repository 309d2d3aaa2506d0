package org.openhearings.ingest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.openhearings.aws.AwsClientSetup;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import org.openhearings.store.DynamoSettings;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;

/** The client ingest reads raw files with; only the ingest function has one. */
@Factory
public class S3ClientFactory {

    @Singleton
    @Requires(classes = S3Client.class)
    S3Client s3Client(RawBucketSettings bucket, DynamoSettings aws) {
        // A local S3-compatible engine needs path-style URLs; AWS takes the default virtual-hosted style.
        return AwsClientSetup.configure(S3Client.builder(), UrlConnectionHttpClient.builder(), aws.region(), bucket.endpoint(),
                        aws.accessKeyId(), aws.secretKey())
                .forcePathStyle(bucket.endpoint() != null)
                // Local engines (S3Proxy) take plain uploads, not the SDK's default checksum-trailing ones.
                .requestChecksumCalculation(bucket.endpoint() != null
                        ? RequestChecksumCalculation.WHEN_REQUIRED : RequestChecksumCalculation.WHEN_SUPPORTED)
                .build();
    }
}
