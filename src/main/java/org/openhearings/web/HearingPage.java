package org.openhearings.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.openhearings.query.HearingQueryService;

import org.openhearings.api.PublicBaseUrl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@code /hearings/{id}}: the permalink of one hearing, server-rendered from one DynamoDB read. */
@Controller("/hearings")
public class HearingPage {
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final HearingQueryService hearings;
    private final PageRenderer pages;
    private final PublicBaseUrl baseUrl;
    private final CorrectionsContact contact;

    public HearingPage(HearingQueryService hearings, PageRenderer pages, PublicBaseUrl baseUrl, CorrectionsContact contact) {
        this.hearings = hearings;
        this.pages = pages;
        this.baseUrl = baseUrl;
        this.contact = contact;
    }

    @Get(uri = "/{id}", produces = "text/html")
    public MutableHttpResponse<String> hearing(@PathVariable String id, HttpRequest<?> request) {
        return hearings.find(id)
                .map(h -> {
                    Map<String, Object> parameters = new HashMap<>();
                    parameters.put("hearing", h);
                    parameters.put("baseUrl", baseUrl.of(request));
                    parameters.put("contact", contact.email());
                    return pages.renderWith(HttpStatus.OK, "hearing.jte", parameters, MAX_AGE);
                })
                .orElseGet(() -> pages.render(HttpStatus.NOT_FOUND, "not-found.jte",
                        "No hearing has the id \"" + id + "\".", Duration.ZERO));
    }
}
