package org.openhearings.aws;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The HTTP client, or during {@link OfflinePriming} an {@link EmptyResult} for every call, so a primed
 * request takes its not-found or empty path without leaving the process.
 */
final class PrimableHttpClient extends ForwardingHttpClient {
    PrimableHttpClient(SdkHttpClient delegate) {
        super(delegate);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return OfflinePriming.active() ? new EmptyResult() : delegate.prepareRequest(request);
    }
}
