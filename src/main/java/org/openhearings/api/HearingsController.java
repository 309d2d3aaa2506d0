package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.uri.UriBuilder;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.Page;
import org.openhearings.export.HearingCsv;
import org.openhearings.query.HearingQueryService;

import java.util.List;
import java.util.Set;

/** {@code /api/v1/hearings}: the filtered, paged list and single records, as JSON or CSV. */
@Controller("/api/v1/hearings")
public class HearingsController {
    private static final Set<String> LIST_PARAMETERS = QueryParameters.names(HearingFilterParameters.NAMES,
            "limit", "cursor", "sort", ResponseFormat.PARAMETER);
    private static final Set<String> RECORD_PARAMETERS = Set.of(ResponseFormat.PARAMETER);

    private final HearingQueryService hearings;

    public HearingsController(HearingQueryService hearings) {
        this.hearings = hearings;
    }

    @Get(produces = {MediaType.APPLICATION_JSON, HearingCsv.MEDIA_TYPE})
    public MutableHttpResponse<?> list(HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), LIST_PARAMETERS);
        HearingFilter filter = HearingFilterParameters.parse(q);
        int limit = q.integer("limit", HearingQueryService.DEFAULT_LIMIT, 1, HearingQueryService.MAX_LIMIT);
        ResponseFormat format = ResponseFormat.of(q, request);
        Page<HearingSummary> page = hearings.list(filter, HearingFilterParameters.order(q), limit, q.text("cursor"));
        String next = page.nextCursor() == null ? null
                : UriBuilder.of(request.getUri()).replaceQueryParam("cursor", page.nextCursor()).build().toString();
        MutableHttpResponse<?> response = format == ResponseFormat.CSV
                ? csv(hearings.findAll(page.items().stream().map(HearingSummary::id).toList()))
                : HttpResponse.ok(new HearingList(page.items(), limit,
                        hearings.countIfCheap(filter), page.nextCursor(), next));
        if (next != null) {
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    @Get(uri = "/{id}", produces = {MediaType.APPLICATION_JSON, HearingCsv.MEDIA_TYPE})
    public MutableHttpResponse<?> get(@PathVariable String id, HttpRequest<?> request) {
        ResponseFormat format = ResponseFormat.of(new QueryParameters(request.getParameters(), RECORD_PARAMETERS), request);
        Hearing hearing = hearings.find(id).orElseThrow(() -> new NotFoundException("No hearing has the id \"" + id + "\"."));
        MutableHttpResponse<?> response = format == ResponseFormat.CSV ? csv(List.of(hearing)) : HttpResponse.ok(hearing);
        if (hearing.publication() != null) {
            response.getHeaders().lastModified(hearing.publication().lastUpdated().toEpochMilli());
        }
        return response;
    }

    private static MutableHttpResponse<String> csv(List<Hearing> records) {
        return HttpResponse.ok(HearingCsv.write(records)).contentType(HearingCsv.MEDIA_TYPE);
    }
}
