package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.domain.ChangePage;
import org.openhearings.domain.HearingFilter;
import org.openhearings.query.HearingQueryService;

import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/feed.atom}: the 50 most recently published hearings (and withdrawals), for feed readers;
 * with any of the list's filters ({@code ?force=KENT&generated=false}), the 50 newest hearings matching them,
 * so a newsroom can follow one force or one outcome.
 */
@Controller("/api/v1/feed.atom")
public class FeedController {
    static final int ENTRIES = 50;
    private static final Set<String> PARAMETERS = Set.copyOf(HearingFilterParameters.NAMES);

    private final HearingQueryService hearings;
    private final PublicBaseUrl baseUrl;

    public FeedController(HearingQueryService hearings, PublicBaseUrl baseUrl) {
        this.hearings = hearings;
        this.baseUrl = baseUrl;
    }

    @Get(produces = AtomFeed.MEDIA_TYPE)
    public MutableHttpResponse<String> feed(HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), PARAMETERS);
        HearingFilter filter = HearingFilterParameters.parse(q);
        String base = baseUrl.of(request);
        if (filter.equals(HearingFilter.NONE)) {
            return HttpResponse.ok(AtomFeed.write(base, "", hearings.newlyPublished(ENTRIES))).contentType(AtomFeed.MEDIA_TYPE);
        }
        ChangePage matching = new ChangePage(hearings.list(filter, ENTRIES, null).items(), List.of(), null);
        return HttpResponse.ok(AtomFeed.write(base, canonicalQuery(q), matching)).contentType(AtomFeed.MEDIA_TYPE);
    }

    /** The filters given, in the list's own order, so one feed has one address. */
    private static String canonicalQuery(QueryParameters q) {
        return HearingFilterParameters.NAMES.stream().filter(name -> q.freeText(name) != null)
                .map(name -> name + "=" + java.net.URLEncoder.encode(q.freeText(name), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }
}
