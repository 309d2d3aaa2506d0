package org.openhearings.api;

import org.junit.jupiter.api.Test;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed of the hearings matching a list's filters: what the search page offers as "follow these results". */
class FilteredFeedTest {
    private final HttpTestClient http = LocalServer.client();

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> entryIds(Document feed) {
        List<String> ids = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            String id = ((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
            ids.add(id.substring(id.lastIndexOf('/') + 1));
        }
        return ids;
    }

    @Test
    void aFilteredFeedHoldsExactlyTheNewestMatchingHearings() throws Exception {
        for (String query : List.of("force=METROPOLITAN", "generated=false", "outcome=REDUCTION_IN_RANK&generated=true")) {
            HttpResponse<String> feed = http.get("/api/v1/feed.atom?" + query);
            assertEquals(200, feed.statusCode(), feed.body());
            Document doc = xml(feed.body());
            String self = doc.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent();
            assertTrue(self.endsWith("/api/v1/feed.atom?" + query), self);
            String list = http.get("/api/v1/hearings?limit=50&" + query).body();
            List<String> ids = entryIds(doc);
            assertTrue(!ids.isEmpty(), query);
            for (String id : ids) {
                assertTrue(list.contains("\"id\":\"" + id + "\""), query + ": " + id + " is not in the list");
            }
        }
        assertEquals(List.of("h-3b73d1c153734c18"), entryIds(xml(http.get("/api/v1/feed.atom?generated=false").body())),
                "the one real record");
    }

    @Test
    void aFeedFilterItCannotReadIsA400() {
        assertEquals(400, http.get("/api/v1/feed.atom?force=ATLANTIS").statusCode());
        assertEquals(400, http.get("/api/v1/feed.atom?colour=blue").statusCode());
    }

    @Test
    void theSearchPageOffersToFollowItsResults() {
        String page = http.get("/?force=KENT&generated=true").body();
        assertTrue(page.contains("href=\"/api/v1/feed.atom?force=KENT&amp;generated=true\""), "follow link");
    }
}
