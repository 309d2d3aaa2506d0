package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * HEAD as HTTP defines it: the status and headers GET would send (ETag, Content-Type, Content-Length),
 * without the body. Micronaut answers HEAD on a GET route but leaves the body out before the response
 * filters run, so the ETag and the type would be missing; the request runs as GET and the body is dropped here.
 */
final class HeadAsGet {
    private HeadAsGet() {
    }

    static boolean applies(APIGatewayV2HTTPEvent event) {
        return event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                && "HEAD".equalsIgnoreCase(event.getRequestContext().getHttp().getMethod());
    }

    /** Runs the request as GET (the event is the caller's: its method is put back) and answers without a body. */
    static APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> asGet) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = event.getRequestContext().getHttp();
        http.setMethod("GET");
        APIGatewayV2HTTPResponse get;
        try {
            get = asGet.apply(event);
        } finally {
            http.setMethod("HEAD");
        }
        return withoutBody(get);
    }

    /** The same response with its length stated and its body left out. */
    private static APIGatewayV2HTTPResponse withoutBody(APIGatewayV2HTTPResponse response) {
        String body = response.getBody();
        long length = body == null ? 0 : response.getIsBase64Encoded() ? Base64.getDecoder().decode(body).length
                : body.getBytes(StandardCharsets.UTF_8).length;
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length"));
        headers.put("Content-Length", Long.toString(length));
        Map<String, List<String>> multi = null;
        if (response.getMultiValueHeaders() != null) {
            multi = new LinkedHashMap<>(response.getMultiValueHeaders());
            multi.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length"));
            multi.put("Content-Length", List.of(Long.toString(length)));
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(response.getStatusCode()).withHeaders(headers)
                .withMultiValueHeaders(multi).withCookies(response.getCookies()).build();
    }
}
