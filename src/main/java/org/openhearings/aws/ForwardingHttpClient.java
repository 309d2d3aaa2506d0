package org.openhearings.aws;

import software.amazon.awssdk.http.SdkHttpClient;

/** An HTTP client that wraps another: what every wrapper forwards unchanged. */
abstract class ForwardingHttpClient implements SdkHttpClient {
    protected final SdkHttpClient delegate;

    ForwardingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
