package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP API (payload v2) response carries one value per header name and ignores
 * {@code multiValueHeaders}, where the adapter keeps the second and later values of a repeated header
 * (two {@code Access-Control-Expose-Headers}, two {@code Link}s). They are joined into one, comma-separated
 * as RFC 9110 5.3 allows, so API Gateway passes them all on.
 */
final class JoinedHeaders {
    private JoinedHeaders() {
    }

    static APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPResponse response) {
        Map<String, List<String>> multi = response.getMultiValueHeaders();
        if (multi == null || multi.values().stream().allMatch(values -> values.size() < 2)) {
            return response;
        }
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        multi.forEach((name, values) -> {
            if (values.size() > 1) {
                headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
                headers.put(name, String.join(", ", values));
            }
        });
        response.setHeaders(headers);
        return response;
    }
}
