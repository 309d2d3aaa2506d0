package org.openhearings.api;

import org.junit.jupiter.api.Test;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What shared caches and browsers need: Vary, weak validators, and the same security headers on every answer. */
class CachingHeadersTest {
    private final HttpTestClient http = LocalServer.client();

    @Test
    void negotiatedAnswersVaryOnAcceptAndCorsAnswersOnOrigin() {
        HttpResponse<String> list = http.get("/api/v1/hearings", "Accept", "text/csv", "Origin", "https://news.example");
        String vary = String.join(",", list.headers().allValues("Vary"));
        assertTrue(vary.contains("Accept") && vary.contains("Origin"), vary);
        String pageVary = String.join(",", http.get("/about").headers().allValues("Vary"));
        assertTrue(pageVary.contains("Origin"), pageVary);
    }

    @Test
    void aWeakValidatorMatches() {
        String etag = http.get("/api/v1/hearings/h-3b73d1c153734c18").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/api/v1/hearings/h-3b73d1c153734c18", "If-None-Match", "W/" + etag).statusCode());
        assertEquals(304, http.get("/api/v1/hearings/h-3b73d1c153734c18", "If-None-Match", "\"other\", W/" + etag).statusCode());
        assertEquals(200, http.get("/api/v1/hearings/h-3b73d1c153734c18", "If-None-Match", "W/\"other\"").statusCode());
    }

    @Test
    void refusedWritesAndErrorsCarryTheSecurityHeadersToo() {
        for (HttpResponse<String> response : List.of(http.send("POST", "/api/v1/hearings"), http.send("DELETE", "/"),
                http.get("/api/v1/hearings?limit=abc"), http.get("/hearings/h-0000000000000000"))) {
            for (String header : List.of("Strict-Transport-Security", "X-Content-Type-Options", "Content-Security-Policy")) {
                assertTrue(response.headers().firstValue(header).isPresent(),
                        response.statusCode() + " " + response.uri() + " lacks " + header);
            }
        }
    }
}
