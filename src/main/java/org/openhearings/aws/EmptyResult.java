package org.openhearings.aws;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A call answered in-process with {@code {}}: for DynamoDB's JSON protocol an empty result (no item, no items). */
final class EmptyResult implements ExecutableHttpRequest {
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Override
    public HttpExecuteResponse call() {
        return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder().statusCode(200).putHeader("Content-Type", "application/x-amz-json-1.0").build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(BODY))).build();
    }

    @Override
    public void abort() {
        // nothing in flight
    }
}
