package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.domain.ChangePage;
import org.openhearings.query.HearingQueryService;

import java.util.Set;

/** {@code /api/v1/changes}: what was added or revised since a time or since the last poll. */
@Controller("/api/v1/changes")
public class ChangesController {
    private static final Set<String> PARAMETERS = Set.of("since", "cursor", "limit");

    private final HearingQueryService hearings;

    public ChangesController(HearingQueryService hearings) {
        this.hearings = hearings;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> changes(HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), PARAMETERS);
        int limit = q.integer("limit", HearingQueryService.MAX_LIMIT, 1, HearingQueryService.MAX_LIMIT);
        ChangePage page = hearings.changes(q.text("cursor"), q.instant("since"), limit);
        String next = page.nextCursor() == null ? null
                : "/api/v1/changes?limit=" + limit + "&cursor=" + page.nextCursor();
        MutableHttpResponse<ChangeList> response = HttpResponse.ok(new ChangeList(page.items(), page.withdrawals(), limit,
                page.nextCursor(), next));
        if (next != null && page.items().size() + page.withdrawals().size() == limit) {
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }
}
