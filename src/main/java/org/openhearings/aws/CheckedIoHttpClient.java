package org.openhearings.aws;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The URL-connection client lets a connection reset while it writes the request escape as an
 * {@link UncheckedIOException}, which the SDK neither retries nor wraps in its own exception type. This
 * wrapper hands it back as the {@link IOException} it is, so the SDK's retry policy and error
 * handling (and so our 503) see every network fault alike.
 */
final class CheckedIoHttpClient extends ForwardingHttpClient {

    CheckedIoHttpClient(SdkHttpClient delegate) {
        super(delegate);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                try {
                    return prepared.call();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }
}
