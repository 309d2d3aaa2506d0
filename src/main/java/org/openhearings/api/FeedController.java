package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.query.HearingQueryService;

import java.util.Set;

/** {@code /api/v1/feed.atom}: the 50 most recently published hearings, for feed readers. */
@Controller("/api/v1/feed.atom")
public class FeedController {
    static final int ENTRIES = 50;

    private final HearingQueryService hearings;
    private final PublicBaseUrl baseUrl;

    public FeedController(HearingQueryService hearings, PublicBaseUrl baseUrl) {
        this.hearings = hearings;
        this.baseUrl = baseUrl;
    }

    @Get(produces = AtomFeed.MEDIA_TYPE)
    public MutableHttpResponse<String> feed(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        String base = baseUrl.of(request);
        return HttpResponse.ok(AtomFeed.write(base, hearings.newlyPublished(ENTRIES))).contentType(AtomFeed.MEDIA_TYPE);
    }
}
