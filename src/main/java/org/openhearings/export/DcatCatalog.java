package org.openhearings.export;

import org.openhearings.domain.DataLicence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dataset as a W3C DCAT catalogue in JSON-LD, for data portals that harvest DCAT (data.gov.uk's CKAN and
 * the like): one dataset, each bulk file a distribution with its download address, media type, size and
 * SHA-256 (SPDX checksum), and the API as a data service. Bounded like the manifest: two files a year.
 * The context is inline, so a harvester needs no other fetch to read it.
 */
public final class DcatCatalog {
    private static final Map<String, Object> CONTEXT = Map.of(
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "spdx", "http://spdx.org/rdf/terms#",
            "xsd", "http://www.w3.org/2001/XMLSchema#");
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final Set<String> REGISTERED = Set.of("text/csv", "application/json");

    private DcatCatalog() {
    }

    public static Map<String, Object> describe(List<BulkFile> files, Instant version, String baseUrl) {
        Map<String, Object> publisher = Map.of("@type", "foaf:Organization", "foaf:name", "OpenHearings",
                "foaf:homepage", id(baseUrl + "/"));
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", baseUrl + "/about#dataset");
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:title", DatasetDescription.TITLE);
        dataset.put("dct:description", DatasetDescription.DESCRIPTION);
        dataset.put("dcat:keyword", DatasetDescription.KEYWORDS);
        dataset.put("dct:license", id(DataLicence.OGL_3.url()));
        dataset.put("dct:language", id("http://id.loc.gov/vocabulary/iso639-1/en"));
        dataset.put("dct:publisher", publisher);
        dataset.put("dcat:landingPage", id(baseUrl + "/about"));
        if (version != null) {
            dataset.put("dct:modified", dateTime(version));
            dataset.put("dcat:version", version.toString());
        }
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (BulkFile file : files) {
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put("@type", "dcat:Distribution");
            distribution.put("dct:title", file.name());
            distribution.put("dct:description", file.description());
            distribution.put("dcat:downloadURL", id(baseUrl + file.url()));
            distribution.put("dcat:accessURL", id(baseUrl + file.url()));
            String type = file.mediaType().split(";")[0];
            if (REGISTERED.contains(type)) {
                distribution.put("dcat:mediaType", id(MEDIA_TYPES + type));
            } else {
                distribution.put("dct:format", type); // JSON Lines has no IANA registration to point at
            }
            distribution.put("dcat:byteSize", Map.of("@value", Long.toString(file.bytes()), "@type", "xsd:nonNegativeInteger"));
            distribution.put("spdx:checksum", Map.of("@type", "spdx:Checksum",
                    "spdx:algorithm", id("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"), "spdx:checksumValue", file.sha256()));
            distribution.put("dct:modified", dateTime(file.generatedAt()));
            distribution.put("dct:license", id(DataLicence.OGL_3.url()));
            distributions.add(distribution);
        }
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("@type", "dcat:Distribution");
        api.put("dct:title", "The read-only API");
        api.put("dct:description", "JSON and CSV, filtered and paged; statistics; feeds. Described by its OpenAPI document.");
        api.put("dcat:accessURL", id(baseUrl + "/api/v1"));
        api.put("dcat:accessService", Map.of("@type", "dcat:DataService", "dct:title", "OpenHearings API",
                "dcat:endpointURL", id(baseUrl + "/api/v1"), "dcat:endpointDescription", id(baseUrl + "/api/v1/openapi.yaml")));
        api.put("dct:license", id(DataLicence.OGL_3.url()));
        distributions.add(api);
        dataset.put("dcat:distribution", distributions);

        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", CONTEXT);
        catalogue.put("@id", baseUrl + "/api/v1/bulk/catalog.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "OpenHearings");
        catalogue.put("dct:description", DatasetDescription.DESCRIPTION);
        catalogue.put("dct:publisher", publisher);
        catalogue.put("dct:license", id(DataLicence.OGL_3.url()));
        catalogue.put("foaf:homepage", id(baseUrl + "/"));
        catalogue.put("dcat:dataset", List.of(dataset));
        return catalogue;
    }

    private static Map<String, Object> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, Object> dateTime(Instant time) {
        return Map.of("@value", time.toString(), "@type", "xsd:dateTime");
    }
}
