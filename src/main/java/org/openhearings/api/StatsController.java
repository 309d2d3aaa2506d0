package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.uri.UriBuilder;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.Page;
import org.openhearings.query.HearingQueryService;
import org.openhearings.stats.CaseTiming;
import org.openhearings.stats.StatsFilter;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.export.HearingCsv;
import org.openhearings.export.StatsCsv;
import org.openhearings.query.StatsOverview;
import org.openhearings.query.StatsService;
import org.openhearings.query.StatsTable;
import org.openhearings.query.TimingStats;
import org.openhearings.stats.Dimension;
import org.openhearings.stats.Measure;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/v1/stats}: exact aggregates of the published records, as JSON or CSV. */
@Controller("/api/v1/stats")
public class StatsController {
    private static final Set<String> FILTERS = Set.of("force", "from", "to", "generated");
    private static final Set<String> TABLE_PARAMETERS = Set.of("by", "force", "from", "to", "generated", ResponseFormat.PARAMETER);
    private static final Set<Dimension> CROSS = Set.of(Dimension.YEAR, Dimension.FORCE);

    private static final Set<String> CASE_PARAMETERS = Set.of("force", "from", "to", "generated", "limit", "cursor");

    private final StatsService stats;
    private final HearingQueryService hearings;

    public StatsController(StatsService stats, HearingQueryService hearings) {
        this.stats = stats;
        this.hearings = hearings;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> overview(HttpRequest<?> request) {
        return HttpResponse.ok(stats.overview(StatsFilterParameters.parse(new QueryParameters(request.getParameters(), FILTERS))));
    }

    @Get(uri = "/timings", produces = {MediaType.APPLICATION_JSON, HearingCsv.MEDIA_TYPE})
    public MutableHttpResponse<?> timings(HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), TABLE_PARAMETERS);
        Dimension by = cross(q, null, Dimension.YEAR);
        TimingStats timings = stats.timings(by, StatsFilterParameters.parse(q));
        return ResponseFormat.of(q, request) == ResponseFormat.CSV
                ? HttpResponse.ok(StatsCsv.timings(timings)).contentType(HearingCsv.MEDIA_TYPE)
                : HttpResponse.ok(timings);
    }

    /** Each case's own timings, a page at a time: the hearings the filters match, newest first, as the list pages them. */
    @Get(uri = "/timings/cases", produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> cases(HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), CASE_PARAMETERS);
        StatsFilter filter = StatsFilterParameters.parse(q);
        int limit = q.integer("limit", HearingQueryService.DEFAULT_LIMIT, 1, HearingQueryService.MAX_LIMIT);
        HearingFilter list = new HearingFilter(filter.force() == null ? Set.of() : Set.of(filter.force()), Set.of(), Set.of(),
                filter.fromYear() == null ? null : LocalDate.of(filter.fromYear(), 1, 1),
                filter.toYear() == null ? null : LocalDate.of(filter.toYear(), 12, 31),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, filter.generated(), null);
        Page<HearingSummary> page = hearings.list(list, limit, q.text("cursor"));
        List<CaseTiming> items = hearings.findAll(page.items().stream().map(HearingSummary::id).toList()).stream()
                .map(CaseTiming::of).toList();
        String next = page.nextCursor() == null ? null
                : UriBuilder.of(request.getUri()).replaceQueryParam("cursor", page.nextCursor()).build().toString();
        MutableHttpResponse<CaseTimingList> response = HttpResponse.ok(new CaseTimingList(items, limit, page.nextCursor(), next));
        if (next != null) {
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    @Get(uri = "/{measure}/{dimension}", produces = {MediaType.APPLICATION_JSON, HearingCsv.MEDIA_TYPE})
    public MutableHttpResponse<?> table(@PathVariable String measure, @PathVariable String dimension, HttpRequest<?> request) {
        QueryParameters q = new QueryParameters(request.getParameters(), TABLE_PARAMETERS);
        Measure m = Arrays.stream(Measure.values()).filter(v -> v.name().toLowerCase(java.util.Locale.ROOT).equals(measure)).findFirst()
                .orElseThrow(() -> new NotFoundException("No statistics measure \"" + measure + "\"; use officers or hearings."));
        Dimension d = Dimension.ofParameter(dimension);
        if (d == null) {
            throw new NotFoundException("No statistics dimension \"" + dimension + "\"; use one of "
                    + Arrays.stream(Dimension.values()).map(Dimension::parameter).collect(Collectors.joining(", ")) + ".");
        }
        Dimension by = cross(q, d, null);
        StatsTable table = stats.table(m, d, by, StatsFilterParameters.parse(q));
        return ResponseFormat.of(q, request) == ResponseFormat.CSV
                ? HttpResponse.ok(StatsCsv.table(table)).contentType(HearingCsv.MEDIA_TYPE)
                : HttpResponse.ok(table);
    }

    /** What a table of {@code rows} (null: timings) is crossed with: year, force, or a dimension counted with it. */
    private static Dimension cross(QueryParameters q, Dimension rows, Dimension fallback) {
        String by = q.text("by");
        if (by == null) {
            return fallback;
        }
        List<Dimension> allowed = Arrays.stream(Dimension.values())
                .filter(x -> CROSS.contains(x) || rows != null && rows.countedWith(x)).toList();
        Dimension d = Dimension.ofParameter(by);
        if (!allowed.contains(d)) {
            throw new InvalidQueryException("by", "\"" + by + "\" is not one of "
                    + allowed.stream().map(Dimension::parameter).collect(Collectors.joining(", ")));
        }
        return d;
    }


}
