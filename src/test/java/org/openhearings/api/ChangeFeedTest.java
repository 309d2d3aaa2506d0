package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhearings.domain.HearingSummary;
import org.openhearings.testing.TestIds;
import org.openhearings.ingest.IngestService.RawFile;
import org.openhearings.local.SampleData;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.IsolatedApp;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Ingest, poll, ingest and revise, poll again: /changes returns exactly what changed; the Atom feed follows. */
class ChangeFeedTest {
    private static final String SEED_ID = "h-3b73d1c153734c18";
    @RegisterExtension
    static final IsolatedApp APP = new IsolatedApp();
    private static HttpTestClient http;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        http = APP.http();
        json = APP.json();
    }

    private static ChangeList poll(String query) throws Exception {
        var response = http.get("/api/v1/changes" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json.readValue(response.body(), ChangeList.class);
    }

    private static Set<String> ids(ChangeList changes) {
        return changes.items().stream().map(HearingSummary::id).collect(Collectors.toSet());
    }

    private static Set<String> ingest(RawFile... files) throws Exception {
        APP.ingest(files);
        Set<String> ids = new HashSet<>();
        for (RawFile file : files) {
            // Ids are the hash of each record's source URL: read them back from what was ingested.
            JsonNode root = json.readValue(file.content(), JsonNode.class);
            for (JsonNode record : root.isArray() ? root.values() : List.of(root)) {
                ids.add(TestIds.forSource(record.get("source").get("url").getStringValue(), null));
            }
        }
        return ids;
    }

    @Test
    void pollingSeesExactlyWhatWasAddedOrRevisedAfterThePoint() throws Exception {
        Set<String> first = ingest(SampleData.seedCase(), SampleData.generated(json, 5, 101));
        ChangeList initial = poll("");
        assertEquals(first, ids(initial));
        assertNotNull(initial.cursor());
        assertEquals(Set.of(), ids(poll("?cursor=" + initial.cursor())), "nothing new yet");

        Instant between = Instant.now();
        Thread.sleep(5);
        Set<String> second = ingest(SampleData.generated(json, 4, 202));
        String revisedSeed = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("\"restrictedDutiesFrom\": \"2021-04\"", "\"restrictedDutiesFrom\": \"2021-04-19\"");
        ingest(new RawFile("seed-revised.json", revisedSeed.getBytes(StandardCharsets.UTF_8)));

        Set<String> expected = new HashSet<>(second);
        expected.add(SEED_ID);
        ChangeList sinceCursor = poll("?cursor=" + initial.cursor());
        assertEquals(expected, ids(sinceCursor));
        assertEquals(expected.size(), sinceCursor.items().size(), "each hearing once");
        assertEquals(2, sinceCursor.items().stream().filter(h -> h.id().equals(SEED_ID)).findFirst().orElseThrow().revision());
        assertEquals(expected, ids(poll("?since=" + between)));

        ChangeList everything = poll("");
        assertEquals(first.size() + second.size(), everything.items().size(), "a revision moves an entry, never adds one");

        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(http.get("/api/v1/feed.atom").body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(first.size() + second.size(), entries.getLength(), "one entry per new hearing");
        Set<String> entryIds = new HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            entryIds.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
        }
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertEquals(all.stream().map(id -> APP.url() + "/hearings/" + id).collect(Collectors.toSet()), entryIds);
    }

    @Test
    void aBadSinceIsA400NamingIt() throws Exception {
        var response = http.get("/api/v1/changes?since=yesterday");
        assertEquals(400, response.statusCode());
        assertEquals("since", json.readValue(response.body(), JsonNode.class).get("parameter").getStringValue());
    }
}
