package org.openhearings.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhearings.domain.DataLicence;
import org.openhearings.lambda.ApiFunction;
import org.openhearings.local.ApiEvents;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What data-portal users reach for first: an index at {@code /api/v1} whose every link answers, format
 * suffixes ({@code .csv}, {@code .json}) as aliases of {@code format=}, the licence stated where data is
 * listed, and the dataset described in schema.org JSON-LD on /about with downloads that answer.
 */
class OpenDataConventionsTest {
    private static final ApiFunction HANDLER = new ApiFunction(TestStack.loadedApp());
    private static final JsonMapper JSON = TestStack.loadedApp().getBean(JsonMapper.class);
    private static final String BASE = "https://api.openhearings.example";
    private static final String SEED = "/api/v1/hearings/h-3b73d1c153734c18";

    private static APIGatewayV2HTTPResponse get(String pathAndQuery) {
        return HANDLER.handleRequest(ApiEvents.event("GET", pathAndQuery), new MockLambdaContext());
    }

    private static JsonNode json(String pathAndQuery) throws IOException {
        APIGatewayV2HTTPResponse response = get(pathAndQuery);
        assertEquals(200, response.getStatusCode(), pathAndQuery);
        return JSON.readValue(response.getBody(), JsonNode.class);
    }

    @Test
    void theIndexLinksEveryRouteAndEveryPlainLinkAnswers() throws IOException {
        JsonNode index = json("/api/v1");
        assertEquals(DataLicence.OGL_3.identifier(), index.get("licence").get("identifier").getStringValue());
        List<String> hrefs = new ArrayList<>();
        index.get("links").values().forEach(link -> hrefs.add(link.get("href").getStringValue()));
        assertTrue(hrefs.size() >= 10, hrefs.toString());
        for (String href : hrefs) {
            assertTrue(href.startsWith(BASE + "/"), "absolute: " + href);
            String path = href.substring(BASE.length());
            if (!path.contains("{")) {
                assertEquals(200, get(path).getStatusCode(), path);
            }
        }
        assertEquals(200, get(SEED).getStatusCode(), "the record template, filled in");
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/hearings.csv, /api/v1/hearings?format=csv",
            "/api/v1/hearings.json, /api/v1/hearings?format=json",
            "/api/v1/hearings.csv?force=KENT&limit=5, /api/v1/hearings?force=KENT&limit=5&format=csv",
            SEED + ".json, " + SEED,
            SEED + ".csv, " + SEED + "?format=csv",
            "/api/v1/stats/officers/outcome.csv?by=year, /api/v1/stats/officers/outcome?by=year&format=csv"})
    void aFormatSuffixIsTheRouteWithFormat(String suffixed, String plain) {
        APIGatewayV2HTTPResponse alias = get(suffixed);
        APIGatewayV2HTTPResponse original = get(plain);
        assertEquals(200, alias.getStatusCode(), suffixed + ": " + alias.getBody());
        assertEquals(original.getBody(), alias.getBody(), suffixed);
        assertEquals(original.getHeaders().get("Content-Type"), alias.getHeaders().get("Content-Type"));
    }

    @Test
    void aSuffixOnlyWorksWhereTheFormatParameterDoesAndBulkFilesKeepTheirNames() throws IOException {
        assertEquals(400, get("/api/v1/changes.csv").getStatusCode(), "the change list has no CSV form");
        assertEquals(404, get("/api/v1/hearings.xml").getStatusCode());
        JsonNode bulk = json("/api/v1/bulk");
        String csvFile = bulk.get("files").values().iterator().next().get("name").getStringValue();
        assertEquals(302, get("/api/v1/bulk/" + csvFile).getStatusCode(), "a bulk file's name is not a format suffix");
    }

    @Test
    void aVocabularyValueHasTheOneSpellingTheContractGivesIt() throws IOException {
        APIGatewayV2HTTPResponse lower = get("/api/v1/hearings?force=kent");
        assertEquals(400, lower.getStatusCode());
        assertTrue(JSON.readValue(lower.getBody(), JsonNode.class).get("detail").getStringValue().endsWith("KENT"),
                "the refusal gives the spelling to use");
        assertEquals(404, get("/api/v1/stats/Officers/outcome").getStatusCode());
        assertEquals(404, get("/api/v1/stats/officers/OUTCOME").getStatusCode());
        assertEquals(200, get("/api/v1/hearings?force=KENT").getStatusCode());
    }

    @Test
    void aSearchWithNothingToSearchForIsRefusedOnTheApiAndThePage() throws IOException {
        for (String q : List.of("the", "a", "x".repeat(201))) {
            APIGatewayV2HTTPResponse api = get("/api/v1/hearings?q=" + q);
            assertEquals(400, api.getStatusCode(), q);
            assertEquals("q", JSON.readValue(api.getBody(), JsonNode.class).get("parameter").getStringValue(), q);
            assertEquals(400, get("/?q=" + q).getStatusCode(), q);
            assertEquals(400, get("/api/v1/feed.atom?q=" + q).getStatusCode(), q);
        }
    }

    @Test
    void anUnknownParameterIsNamedWithWhatTheRouteTakes() throws IOException {
        for (String path : List.of("/api/v1/bulk/catalog.jsonld?x=1", "/api/v1/bulk/datapackage.json?x=1")) {
            APIGatewayV2HTTPResponse response = get(path);
            assertEquals(400, response.getStatusCode(), path);
            assertEquals("x: unknown parameter; this route takes none",
                    JSON.readValue(response.getBody(), JsonNode.class).get("detail").getStringValue(), path);
        }
        assertTrue(JSON.readValue(get("/api/v1/hearings?x=1").getBody(), JsonNode.class).get("detail").getStringValue()
                .matches(".*this route accepts barredList, category, cursor, .*, q, .*"), "a route with parameters lists them");
    }

    @Test
    void theBulkListingStatesItsLicenceAndTheDatasetVersion() throws IOException {
        JsonNode bulk = json("/api/v1/bulk");
        assertEquals(DataLicence.OGL_3.url(), bulk.get("licence").get("url").getStringValue());
        String newest = null;
        for (JsonNode file : bulk.get("files").values()) {
            String generated = file.get("generatedAt").getStringValue();
            newest = newest == null || generated.compareTo(newest) > 0 ? generated : newest;
        }
        assertEquals(java.time.Instant.parse(newest), java.time.Instant.parse(bulk.get("version").getStringValue()));
    }

    @Test
    void aboutDescribesTheDatasetInJsonLdWithDownloadsThatAnswer() throws IOException {
        String page = get("/about").getBody();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find(), "JSON-LD on /about");
        JsonNode dataset = JSON.readValue(script.group(1), JsonNode.class);
        assertEquals("Dataset", dataset.get("@type").getStringValue());
        assertEquals(DataLicence.OGL_3.url(), dataset.get("license").getStringValue());
        assertTrue(dataset.get("description").getStringValue().length() >= 50, "search engines want a real description");
        for (JsonNode download : dataset.get("distribution").values()) {
            String url = download.get("contentUrl").getStringValue();
            APIGatewayV2HTTPResponse response = get(url.substring(BASE.length()));
            assertEquals(200, response.getStatusCode(), url);
            assertTrue(response.getHeaders().get("Content-Type").startsWith(download.get("encodingFormat").getStringValue()), url);
        }
        assertTrue(page.contains(DataLicence.OGL_3.name()), "the licence named on the page");
    }
}
