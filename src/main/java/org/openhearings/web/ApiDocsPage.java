package org.openhearings.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.time.Duration;

/** {@code /api}: the OpenAPI document rendered by Swagger UI, served from our own class path. */
@Controller("/api")
public class ApiDocsPage {
    /** Swagger UI styles elements inline; scripts stay restricted to our own files. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeadersFilter.CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private final PageRenderer pages;

    public ApiDocsPage(PageRenderer pages) {
        this.pages = pages;
    }

    @Get(produces = "text/html")
    public MutableHttpResponse<String> docs() {
        return pages.render(HttpStatus.OK, "api-docs.jte", null, Duration.ofHours(1))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
