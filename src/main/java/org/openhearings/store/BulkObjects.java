package org.openhearings.store;

import jakarta.inject.Singleton;
import org.openhearings.aws.AwsClientSetup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Duration;

/**
 * The bulk files' objects: written by ingest, and handed to readers as a signed link that expires, so
 * a file of any size never passes through the function's 6 MB response. The clients are built on first
 * use: a request that serves no bulk file loads no S3 classes (a shorter cold start).
 */
@Singleton
public class BulkObjects {
    /** How long a download link works. */
    static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

    private final BulkSettings bulk;
    private final DynamoSettings aws;
    private S3Client client;
    private S3Presigner presigner;

    public BulkObjects(BulkSettings bulk, DynamoSettings aws) {
        this.bulk = bulk;
        this.aws = aws;
    }

    void put(String key, byte[] content, String mediaType) {
        s3().putObject(p -> p.bucket(bulk.bucket()).key(key).contentType(mediaType), RequestBody.fromBytes(content));
    }

    void delete(String key) {
        s3().deleteObject(d -> d.bucket(bulk.bucket()).key(key));
    }

    /** A GET link to the object that works for {@link #LINK_LIFETIME}, saving it under its own name. */
    URI link(String key, String fileName) {
        return URI.create(presigner().presignGetObject(p -> p.signatureDuration(LINK_LIFETIME)
                .getObjectRequest(g -> g.bucket(bulk.bucket()).key(key)
                        .responseContentDisposition("attachment; filename=\"" + fileName + "\""))).url().toString());
    }

    /** For local engines and first deployments by hand: the template creates the bucket on AWS. */
    public void createBucketIfMissing() {
        try {
            s3().headBucket(h -> h.bucket(bulk.bucket()));
        } catch (NoSuchBucketException e) {
            s3().createBucket(c -> c.bucket(bulk.bucket()));
        }
    }

    private synchronized S3Client s3() {
        if (client == null) {
            client = AwsClientSetup.configure(S3Client.builder(), UrlConnectionHttpClient.builder(), aws.region(), bulk.endpoint(),
                    aws.accessKeyId(), aws.secretKey()).forcePathStyle(bulk.endpoint() != null)
                    // Local engines (S3Proxy) take plain uploads, not the SDK's default checksum-trailing ones.
                    .requestChecksumCalculation(bulk.endpoint() != null
                            ? RequestChecksumCalculation.WHEN_REQUIRED : RequestChecksumCalculation.WHEN_SUPPORTED)
                    .build();
        }
        return client;
    }

    private synchronized S3Presigner presigner() {
        if (presigner == null) {
            S3Presigner.Builder builder = S3Presigner.builder().region(Region.of(aws.region()))
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(bulk.endpoint() != null).build())
                    .credentialsProvider(aws.accessKeyId() != null && aws.secretKey() != null
                            ? StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKeyId(), aws.secretKey()))
                            : DefaultCredentialsProvider.builder().build());
            if (bulk.endpoint() != null) {
                builder.endpointOverride(URI.create(bulk.endpoint()));
            }
            presigner = builder.build();
        }
        return presigner;
    }
}
