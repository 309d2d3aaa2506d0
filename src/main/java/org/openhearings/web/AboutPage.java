package org.openhearings.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.query.ReferenceData;

import org.openhearings.api.PublicBaseUrl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@code /about}: what is published and how, field definitions, vocabularies (from the reference data), licence. */
@Controller("/about")
public class AboutPage {
    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final PageRenderer pages;
    private final PublicBaseUrl baseUrl;
    private final CorrectionsContact contact;

    public AboutPage(PageRenderer pages, PublicBaseUrl baseUrl, CorrectionsContact contact) {
        this.pages = pages;
        this.baseUrl = baseUrl;
        this.contact = contact;
    }

    @Get(produces = "text/html")
    public MutableHttpResponse<String> about(HttpRequest<?> request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reference", ReferenceData.CURRENT);
        parameters.put("baseUrl", baseUrl.of(request));
        parameters.put("contact", contact.email());
        return pages.renderWith(HttpStatus.OK, "about.jte", parameters, MAX_AGE);
    }
}
