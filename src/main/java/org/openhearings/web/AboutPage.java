package org.openhearings.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.api.PublicBaseUrl;
import org.openhearings.domain.DataLicence;
import org.openhearings.query.ReferenceData;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /about}: what is published and how, field definitions, vocabularies (from the reference data), licence;
 * and the dataset's description for search engines (schema.org JSON-LD).
 */
@Controller("/about")
public class AboutPage {
    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final PageRenderer pages;
    private final PublicBaseUrl baseUrl;
    private final CorrectionsContact contact;
    private final DatasetJsonLd dataset;

    public AboutPage(PageRenderer pages, PublicBaseUrl baseUrl, CorrectionsContact contact, DatasetJsonLd dataset) {
        this.pages = pages;
        this.baseUrl = baseUrl;
        this.contact = contact;
        this.dataset = dataset;
    }

    @Get(produces = "text/html")
    public MutableHttpResponse<String> about(HttpRequest<?> request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reference", ReferenceData.CURRENT);
        String base = baseUrl.of(request);
        parameters.put("baseUrl", base);
        parameters.put("contact", contact.email());
        parameters.put("licence", DataLicence.OGL_3);
        parameters.put("jsonLd", dataset.of(base));
        return pages.renderWith(HttpStatus.OK, "about.jte", parameters, MAX_AGE);
    }
}
