package org.openhearings.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhearings.lambda.ApiFunction;
import org.openhearings.local.ApiEvents;
import org.openhearings.testing.TestStack;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP habits tools and browsers rely on, through the Lambda handler as API Gateway calls it: HEAD
 * answers with GET's headers, If-Modified-Since gives 304 where Last-Modified is sent, OPTIONS is answered
 * with and without CORS, and every response a browser may read cross-origin says so and varies on Origin.
 */
class HttpConventionsTest {
    private static final ApiFunction HANDLER = new ApiFunction(TestStack.loadedApp());
    private static final String SEED = "/api/v1/hearings/h-3b73d1c153734c18";
    private static final String ORIGIN = "https://newsroom.example";

    private static APIGatewayV2HTTPResponse call(String method, String path, String... headers) {
        return HANDLER.handleRequest(ApiEvents.event(method, path, headers), new MockLambdaContext());
    }

    /** A header as API Gateway passes it on: payload v2 carries one value per name (multiValueHeaders are ignored). */
    private static String header(APIGatewayV2HTTPResponse response, String name) {
        Map<String, String> single = response.getHeaders() == null ? Map.of() : response.getHeaders();
        return single.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static byte[] body(APIGatewayV2HTTPResponse response) {
        if (response.getBody() == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/hearings", SEED, SEED + "?format=csv", "/api/v1/stats", "/api/v1/reference", "/about",
            "/api/v1/feed.atom", "/api/v1"})
    void headAnswersWithTheHeadersOfGetAndNoBody(String path) {
        APIGatewayV2HTTPResponse get = call("GET", path);
        APIGatewayV2HTTPResponse head = call("HEAD", path);
        assertEquals(200, get.getStatusCode());
        assertEquals(200, head.getStatusCode());
        assertEquals(0, body(head).length, "no body");
        assertEquals(Integer.toString(body(get).length), header(get, "Content-Length"), "GET states its length");
        for (String name : List.of("ETag", "Content-Type", "Content-Length", "Cache-Control", "Last-Modified")) {
            assertEquals(header(get, name), header(head, name), name);
        }
    }

    @Test
    void ifModifiedSinceGives304WhereLastModifiedIsSent() {
        String lastModified = header(call("GET", SEED), "Last-Modified");
        assertTrue(lastModified != null && !lastModified.isEmpty());
        assertEquals(304, call("GET", SEED, "If-Modified-Since", lastModified).getStatusCode());
        ZonedDateTime later = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).plusDays(1);
        assertEquals(304, call("GET", SEED, "If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(later)).getStatusCode());
        ZonedDateTime earlier = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1);
        assertEquals(200, call("GET", SEED, "If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(earlier)).getStatusCode());
        assertEquals(200, call("GET", SEED, "If-Modified-Since", "not a date").getStatusCode(), "an unreadable date is ignored");
        assertEquals(200, call("GET", SEED, "If-Modified-Since", lastModified, "If-None-Match", "\"other\"").getStatusCode(),
                "If-None-Match decides when both are sent (RFC 9110 13.2.2)");
    }

    @Test
    void aCorsPreflightIsAnsweredForReadsOnly() {
        APIGatewayV2HTTPResponse preflight = call("OPTIONS", "/api/v1/hearings", "Origin", ORIGIN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "If-None-Match");
        assertTrue(preflight.getStatusCode() == 200 || preflight.getStatusCode() == 204, "status " + preflight.getStatusCode());
        assertEquals(ORIGIN, header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Methods").contains("GET"));
        assertTrue(header(preflight, "Access-Control-Allow-Headers").toLowerCase(Locale.ROOT).contains("if-none-match"));

        APIGatewayV2HTTPResponse write = call("OPTIONS", "/api/v1/hearings", "Origin", ORIGIN, "Access-Control-Request-Method", "POST");
        assertFalse(String.valueOf(header(write, "Access-Control-Allow-Methods")).contains("POST"), "writes are never allowed");
    }

    @Test
    void aPlainOptionsSaysWhichMethodsAreAnswered() {
        APIGatewayV2HTTPResponse options = call("OPTIONS", "/api/v1/hearings");
        assertEquals(204, options.getStatusCode());
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), Arrays.stream(header(options, "Allow").split(",")).map(String::trim).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/hearings", SEED, "/api/v1/hearings?limit=abc", "/api/v1/hearings/h-0000000000000000",
            "/api/v1/stats/officers/outcome", "/api/v1/bulk"})
    void everyCrossOriginReadSaysSoAndVariesOnOrigin(String path) {
        APIGatewayV2HTTPResponse response = call("GET", path, "Origin", ORIGIN);
        assertEquals(ORIGIN, header(response, "Access-Control-Allow-Origin"), path);
        assertTrue(String.valueOf(header(response, "Vary")).contains("Origin"), path + " Vary: " + header(response, "Vary"));
        List<String> exposed = Arrays.stream(String.valueOf(header(response, "Access-Control-Expose-Headers")).split(","))
                .map(String::trim).map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (String name : List.of("etag", "link", "last-modified", "retry-after", "content-disposition")) {
            assertTrue(exposed.contains(name), path + " exposes " + name + ": " + exposed);
        }
    }

    @Test
    void aResponseWithoutOriginStillVariesOnIt() {
        assertTrue(String.valueOf(header(call("GET", "/api/v1/hearings"), "Vary")).contains("Origin"),
                "a shared cache must not hand a CORS-less copy to a browser that sent an Origin");
    }
}
