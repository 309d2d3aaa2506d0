package org.openhearings.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.uri.UriBuilder;
import org.openhearings.api.HearingFilterParameters;
import org.openhearings.api.QueryParameters;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.domain.Page;
import org.openhearings.query.HearingQueryService;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /}: search and browse hearings. The filters are the list API's, and live in the URL. */
@Controller
public class SearchPage {
    private static final Set<String> PARAMETERS = QueryParameters.names(HearingFilterParameters.NAMES, "sort", "cursor");
    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final HearingQueryService hearings;
    private final PageRenderer pages;

    public SearchPage(HearingQueryService hearings, PageRenderer pages) {
        this.hearings = hearings;
        this.pages = pages;
    }

    @Get(produces = "text/html")
    public MutableHttpResponse<?> search(HttpRequest<?> request) {
        Map<String, String> selected = new LinkedHashMap<>();
        boolean blanks = false;
        for (String name : request.getParameters().names()) {
            String value = String.join(",", request.getParameters().getAll(name)); // "a, b" arrives as two values
            if (value == null || value.isBlank()) {
                blanks = true;
            } else if (!"cursor".equals(name)) {
                selected.put(name, value.strip());
            }
        }
        if (blanks) {
            // The form sends every field; a shareable link carries only the filters that are set.
            return HttpResponse.seeOther(withoutBlanks(request));
        }
        try {
            QueryParameters q = new QueryParameters(request.getParameters(), PARAMETERS);
            HearingFilter filter = HearingFilterParameters.parse(q);
            Page<HearingSummary> page = hearings.list(filter, HearingFilterParameters.order(q), HearingQueryService.DEFAULT_LIMIT,
                    q.text("cursor"));
            Long total = hearings.countIfCheap(filter);
            String query = request.getUri().getRawQuery();
            String suffix = query == null ? "" : "?" + query;
            String next = page.nextCursor() == null ? null
                    : UriBuilder.of(request.getUri()).replaceQueryParam("cursor", page.nextCursor()).build().toString();
            String csv = UriBuilder.of("/api/v1/hearings" + suffix).replaceQueryParam("format", "csv").build().toString();
            String feed = feedOf(request);
            return pages.render(HttpStatus.OK, "search.jte",
                    new SearchView(selected, page.items(), total, next, "/api/v1/hearings" + suffix, csv, feed, null), MAX_AGE);
        } catch (InvalidQueryException e) {
            return pages.render(HttpStatus.BAD_REQUEST, "search.jte",
                    new SearchView(selected, List.of(), null, null, null, null, null, e.detail()), Duration.ZERO);
        }
    }

    /** The feed of the same filters: newest first whatever the page's order, and from its start. */
    private static String feedOf(HttpRequest<?> request) {
        UriBuilder feed = UriBuilder.of("/api/v1/feed.atom");
        for (String name : HearingFilterParameters.NAMES) {
            request.getParameters().getAll(name).forEach(v -> feed.queryParam(name, v));
        }
        return feed.build().toString();
    }

    /** The same search without empty fields, parameters in the form's order (unknown ones kept, to be reported). */
    private static URI withoutBlanks(HttpRequest<?> request) {
        UriBuilder clean = UriBuilder.of("/");
        List<String> names = new ArrayList<>(HearingFilterParameters.NAMES);
        request.getParameters().names().stream().filter(n -> !names.contains(n)).sorted().forEach(names::add);
        for (String name : names) {
            request.getParameters().getAll(name).stream().filter(v -> !v.isBlank()).forEach(v -> clean.queryParam(name, v));
        }
        return clean.build();
    }
}
