package org.openhearings.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.openhearings.hashing.Sha256;
import org.openhearings.testing.HttpTestClient;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.TestStack;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/bulk/catalog.jsonld} read as a DCAT harvester reads it: parsed as RDF (Jena's JSON-LD
 * reader), queried with SPARQL; every file it offers downloads with the size and SHA-256 it states.
 */
class DcatCatalogTest {
    private static final HttpTestClient HTTP = LocalServer.client();
    private static final JsonMapper JSON = TestStack.loadedApp().getBean(JsonMapper.class);
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            """;

    private static List<QuerySolution> select(Model model, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution run = QueryExecution.model(model).query(PREFIXES + query).build()) {
            run.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void theCatalogueIsDcatAndEveryDistributionDownloadsAsStated() throws Exception {
        HttpResponse<String> response = HTTP.get("/api/v1/bulk/catalog.jsonld");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/ld+json"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.JSONLD).parse(model);

        List<QuerySolution> datasets = select(model, """
                SELECT ?dataset ?licence WHERE { ?catalogue a dcat:Catalog ; dcat:dataset ?dataset .
                  ?dataset a dcat:Dataset ; dct:title ?title ; dct:license ?licence ; dcat:landingPage ?page . }""");
        assertEquals(1, datasets.size());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                datasets.get(0).getResource("licence").getURI());

        List<QuerySolution> files = select(model, """
                SELECT ?url ?bytes ?sha WHERE { ?dataset a dcat:Dataset ; dcat:distribution ?d .
                  ?d dcat:downloadURL ?url ; dcat:byteSize ?bytes ; spdx:checksum [ spdx:checksumValue ?sha ] . }""");
        int manifest = JSON.readValue(HTTP.get("/api/v1/bulk").body(), JsonNode.class).get("files").size();
        assertTrue(manifest >= 2, manifest + " bulk files");
        assertEquals(manifest, files.size(), "one distribution per bulk file");
        for (QuerySolution file : files) {
            String url = file.getResource("url").getURI();
            HttpResponse<String> download = HTTP.download(url.substring(url.indexOf("/api/v1/")));
            assertEquals(200, download.statusCode(), url);
            byte[] bytes = download.body().getBytes(StandardCharsets.UTF_8);
            assertEquals(file.getLiteral("bytes").getLong(), bytes.length, url);
            assertEquals(file.getLiteral("sha").getString(), Sha256.hex(bytes), url);
        }

        List<QuerySolution> services = select(model, """
                SELECT ?endpoint WHERE { ?dataset dcat:distribution [ dcat:accessService [ a dcat:DataService ; dcat:endpointURL ?endpoint ] ] . }""");
        assertEquals(1, services.size());
        String endpoint = services.get(0).getResource("endpoint").getURI();
        assertEquals(200, HTTP.get(endpoint.substring(endpoint.indexOf("/api/v1"))).statusCode());
    }
}
