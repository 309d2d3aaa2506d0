package org.openhearings.aws;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP client, or during {@link OfflinePriming} an answer of {@code {}} to every call: for DynamoDB's
 * JSON protocol an empty result (no item, no items), so a primed request takes its not-found or empty
 * path without leaving the process.
 */
final class PrimableHttpClient extends ForwardingHttpClient {
    private static final byte[] EMPTY_RESULT = "{}".getBytes(StandardCharsets.UTF_8);

    PrimableHttpClient(SdkHttpClient delegate) {
        super(delegate);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (!OfflinePriming.active()) {
            return delegate.prepareRequest(request);
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200).putHeader("Content-Type", "application/x-amz-json-1.0").build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(EMPTY_RESULT))).build();
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }
}
