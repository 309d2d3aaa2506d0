package org.openhearings.web;

import org.junit.jupiter.api.Test;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An address nothing answers: an HTML page for a browser, problem+json for the API and for clients that do not ask for HTML. */
class NotFoundPageTest {
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private final HttpTestClient http = LocalServer.client();

    @Test
    void aBrowserAskingForAnUnknownPageGetsAnHtmlPage() {
        HttpResponse<String> response = http.get("/no-such-page", "Accept", BROWSER_ACCEPT);
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("There is no page at this address."));
        assertTrue(response.body().contains("<a href=\"/\">Search all hearings</a>"));
    }

    @Test
    void theApiAndNonBrowserClientsGetProblemJson() {
        for (HttpResponse<String> response : new HttpResponse[]{
                http.get("/api/v1/no-such-route", "Accept", BROWSER_ACCEPT), http.get("/no-such-page")}) {
            assertEquals(404, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(response.body().contains("\"status\":404"), response.body());
        }
    }

    @Test
    void theFaviconIsFound() {
        HttpResponse<String> ico = http.get("/favicon.ico");
        assertEquals(301, ico.statusCode());
        HttpResponse<String> svg = http.get(ico.headers().firstValue("Location").orElseThrow());
        assertEquals(200, svg.statusCode());
        assertTrue(svg.body().startsWith("<svg"));
    }
}
