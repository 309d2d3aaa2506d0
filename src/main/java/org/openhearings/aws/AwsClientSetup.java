package org.openhearings.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/**
 * What every AWS client here shares: the URL-connection HTTP client (far fewer classes to load than
 * Apache or Netty, so a shorter cold start), the region, an optional endpoint (DynamoDB Local,
 * LocalStack) and either static local keys or the SDK's default credential chain.
 */
public final class AwsClientSetup {
    private AwsClientSetup() {
    }

    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, UrlConnectionHttpClient.Builder http, String region, String endpoint, String accessKeyId,
            String secretKey) {
        builder.httpClient(new PrimableHttpClient(new CheckedIoHttpClient(http.build()))).region(Region.of(region));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        if (accessKeyId != null && secretKey != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder;
    }
}
