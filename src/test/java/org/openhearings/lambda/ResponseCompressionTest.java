package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages, JSON, CSV, feeds, scripts and styles gzipped for a client that accepts gzip, byte for byte the same once unzipped. */
class ResponseCompressionTest {

    private static APIGatewayV2HTTPResponse get(String path, String query, String acceptEncoding) {
        APIGatewayV2HTTPEvent event = LambdaEvents.read("api-hearings-list.json", APIGatewayV2HTTPEvent.class);
        event.setRawPath(path);
        event.getRequestContext().getHttp().setPath(path);
        event.setRawQueryString(query);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        event.setQueryStringParameters(parameters.isEmpty() ? null : parameters);
        Map<String, String> headers = new HashMap<>(event.getHeaders() == null ? Map.of() : event.getHeaders());
        headers.remove("accept-encoding");
        headers.put("accept", "*/*");
        if (acceptEncoding != null) {
            headers.put("accept-encoding", acceptEncoding);
        }
        event.setHeaders(headers);
        return new ApiFunction(TestStack.loadedApp()).handleRequest(event, new MockLambdaContext());
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String unzipped(APIGatewayV2HTTPResponse response) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(response.getBody())))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard", "/api/v1/hearings", "/api/v1/hearings?format=csv", "/api/v1/feed.atom",
            "/static/site.css", "/static/echarts/echarts.simple.min.js", "/api/v1/openapi.yaml"})
    void aClientThatAcceptsGzipGetsTheSameBytesGzipped(String target) throws IOException {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
        APIGatewayV2HTTPResponse plain = get(path, query, null);
        APIGatewayV2HTTPResponse zipped = get(path, query, "gzip, deflate, br");

        assertEquals(200, plain.getStatusCode(), target);
        assertNull(header(plain, "Content-Encoding"), "not asked for, not sent");
        assertEquals("gzip", header(zipped, "Content-Encoding"), target);
        assertTrue(zipped.getIsBase64Encoded());
        assertTrue(header(zipped, "Vary").contains("Accept-Encoding"), header(zipped, "Vary"));
        String original = plain.getIsBase64Encoded() ? new String(Base64.getDecoder().decode(plain.getBody()), StandardCharsets.UTF_8)
                : plain.getBody();
        assertEquals(original, unzipped(zipped), target);
        assertTrue(Base64.getDecoder().decode(zipped.getBody()).length < original.getBytes(StandardCharsets.UTF_8).length / 2,
                target + " at least halves");
    }

    @Test
    void smallBodiesAndRefusedGzipStayPlain() {
        APIGatewayV2HTTPResponse small = get("/api/v1/hearings/h-0000000000000000", "", "gzip");
        assertTrue(small.getBody().length() < ResponseCompression.MIN_BYTES);
        assertNull(header(small, "Content-Encoding"));
        APIGatewayV2HTTPResponse refused = get("/", "", "gzip;q=0, identity");
        assertNull(header(refused, "Content-Encoding"));
        assertFalse(refused.getIsBase64Encoded());
    }
}
