package org.openhearings.web;

import org.junit.jupiter.api.Test;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links meant to be copied elsewhere (the permalink, the citation) are absolute, on this site's own address. */
class PageLinksTest {
    private final HttpTestClient http = LocalServer.client();

    @Test
    void theHearingPermalinkIsAbsolute() {
        String page = http.get("/hearings/h-3b73d1c153734c18").body();
        String expected = LocalServer.url() + "/hearings/h-3b73d1c153734c18";
        assertTrue(page.contains("id=\"permalink\">" + expected + "</a>") || page.contains(expected + "\" id=\"permalink\""), page);
        assertTrue(page.contains("Found an error?"));
    }

    @Test
    void theCitationOnAboutUsesTheRealAddress() {
        String page = http.get("/about").body();
        assertTrue(page.contains(LocalServer.url() + "/hearings/h-3b73d1c153734c18, revision 1"), "citation with the site's address");
        assertTrue(!page.contains("&lt;this site&gt;"), "no placeholder");
        assertTrue(page.contains("id=\"corrections-contact\""));
    }
}
