package org.openhearings.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.query.ReferenceData;

import java.time.Duration;

/** {@code /about}: what is published and how, field definitions, vocabularies (from the reference data), licence. */
@Controller("/about")
public class AboutPage {
    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final PageRenderer pages;

    public AboutPage(PageRenderer pages) {
        this.pages = pages;
    }

    @Get(produces = "text/html")
    public MutableHttpResponse<String> about() {
        return pages.render(HttpStatus.OK, "about.jte", ReferenceData.CURRENT, MAX_AGE);
    }
}
