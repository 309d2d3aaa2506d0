package org.openhearings.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.openhearings.query.HearingQueryService;

import java.time.Duration;

/** {@code /hearings/{id}}: the permalink of one hearing, server-rendered from one DynamoDB read. */
@Controller("/hearings")
public class HearingPage {
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final HearingQueryService hearings;
    private final PageRenderer pages;

    public HearingPage(HearingQueryService hearings, PageRenderer pages) {
        this.hearings = hearings;
        this.pages = pages;
    }

    @Get(uri = "/{id}", produces = "text/html")
    public MutableHttpResponse<String> hearing(@PathVariable String id) {
        return hearings.find(id)
                .map(h -> pages.render(HttpStatus.OK, "hearing.jte", h, MAX_AGE))
                .orElseGet(() -> pages.render(HttpStatus.NOT_FOUND, "not-found.jte",
                        "No hearing has the id \"" + id + "\".", Duration.ZERO));
    }
}
