package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.uri.UriBuilder;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.Page;
import org.openhearings.query.HearingQueryService;

import java.util.Set;

/** {@code /api/v1/hearings}: the filtered, paged list and single records. */
@Controller("/api/v1/hearings")
public class HearingsController {
    private static final Set<String> LIST_PARAMETERS = QueryParameters.names(HearingFilterParameters.NAMES, "limit", "cursor");

    private final HearingQueryService hearings;

    public HearingsController(HearingQueryService hearings) {
        this.hearings = hearings;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HearingList list(HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), LIST_PARAMETERS);
        HearingFilter filter = HearingFilterParameters.parse(q);
        int limit = q.integer("limit", HearingQueryService.DEFAULT_LIMIT, 1, HearingQueryService.MAX_LIMIT);
        Page<HearingSummary> page = hearings.list(filter, limit, q.text("cursor"));
        String next = page.nextCursor() == null ? null
                : UriBuilder.of(request.getUri()).replaceQueryParam("cursor", page.nextCursor()).build().toString();
        return new HearingList(page.items(), limit, page.nextCursor(), next);
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public Hearing get(@PathVariable String id, HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        return hearings.find(id).orElseThrow(() -> new NotFoundException("No hearing has the id \"" + id + "\"."));
    }
}
