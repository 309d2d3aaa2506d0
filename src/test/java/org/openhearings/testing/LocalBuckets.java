package org.openhearings.testing;

import org.openhearings.local.EmbeddedS3;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

import java.net.URI;

/** A client of the tests' S3Proxy, as an operator's tools would use S3: to create buckets and drop objects in them. */
public final class LocalBuckets {
    private LocalBuckets() {
    }

    public static S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(TestStack.s3Endpoint())).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY)))
                .build();
    }

    public static void create(S3Client s3, String bucket) {
        try {
            s3.headBucket(h -> h.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(c -> c.bucket(bucket));
        }
    }
}
