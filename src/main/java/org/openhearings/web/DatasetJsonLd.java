package org.openhearings.web;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openhearings.domain.DataLicence;
import org.openhearings.export.DatasetDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset described for search engines and data portals: a schema.org {@code Dataset} in JSON-LD,
 * with its licence and its downloads. Only what is true of every copy of the service: no coverage dates
 * or counts (they would go stale in a cached page).
 */
@Singleton
public class DatasetJsonLd {
    private final JsonMapper json;

    public DatasetJsonLd(JsonMapper json) {
        this.json = json;
    }

    /** The JSON-LD, safe to put inside a {@code <script>} element ({@code <} is escaped). */
    public String of(String baseUrl) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", "https://schema.org");
        dataset.put("@type", "Dataset");
        dataset.put("name", DatasetDescription.TITLE);
        dataset.put("description", DatasetDescription.DESCRIPTION);
        dataset.put("url", baseUrl + "/about");
        dataset.put("license", DataLicence.OGL_3.url());
        dataset.put("isAccessibleForFree", true);
        dataset.put("inLanguage", "en-GB");
        dataset.put("keywords", DatasetDescription.KEYWORDS);
        dataset.put("creator", Map.of("@type", "Organization", "name", "OpenHearings", "url", baseUrl + "/"));
        dataset.put("distribution", List.of(
                download(baseUrl + "/api/v1/hearings.csv", "text/csv", "One row per officer, a page at a time"),
                download(baseUrl + "/api/v1/hearings", "application/json", "Hearing records, a page at a time"),
                download(baseUrl + "/api/v1/bulk", "application/json", "The whole dataset as files, two per year, with checksums")));
        try {
            return json.writeValueAsString(dataset).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> download(String url, String format, String description) {
        Map<String, Object> download = new LinkedHashMap<>();
        download.put("@type", "DataDownload");
        download.put("contentUrl", url);
        download.put("encodingFormat", format);
        download.put("description", description);
        return download;
    }
}
