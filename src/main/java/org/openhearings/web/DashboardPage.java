package org.openhearings.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.api.QueryParameters;
import org.openhearings.api.StatsFilterParameters;
import org.openhearings.domain.InvalidQueryException;
import org.openhearings.query.StatsQuery;
import org.openhearings.query.StatsService;
import org.openhearings.stats.CountNames;
import org.openhearings.stats.Dimension;
import org.openhearings.stats.Measure;
import org.openhearings.stats.StatsFilter;
import org.openhearings.stats.StatsView;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /dashboard}: charts of the statistics, each over its own data table
 * (server-rendered, so the figures read without JavaScript), filtered by force and year range.
 */
@Controller("/dashboard")
public class DashboardPage {
    /** ECharts styles the elements it draws inline; scripts stay restricted to our own files. */
    private static final String CONTENT_SECURITY_POLICY = ApiDocsPage.CONTENT_SECURITY_POLICY;
    private static final Set<String> PARAMETERS = Set.of("force", "from", "to", "generated");

    private final StatsService stats;
    private final PageRenderer pages;

    public DashboardPage(StatsService stats, PageRenderer pages) {
        this.stats = stats;
        this.pages = pages;
    }

    @Get(produces = "text/html")
    public MutableHttpResponse<String> dashboard(HttpRequest<?> request) {
        String force = request.getParameters().get("force");
        String from = request.getParameters().get("from");
        String to = request.getParameters().get("to");
        String generated = request.getParameters().get("generated");
        try {
            QueryParameters q = new QueryParameters(request.getParameters(), PARAMETERS);
            StatsFilter filter = StatsFilterParameters.parse(q);
            String query = StatsQuery.of(filter).replaceFirst("^\\?", "");
            // Every figure on the page from one read of the cells; of each force, only what its chart draws.
            StatsView cells = stats.view(filter, Set.of(CountNames.total(Measure.HEARINGS)));
            List<DashboardView.Chart> charts = List.of(
                    chart(cells, "hearings-by-year", "Hearings per year", "line", Measure.HEARINGS, Dimension.YEAR, query),
                    chart(cells, "officers-by-year", "Officers per year", "line", Measure.OFFICERS, Dimension.YEAR, query),
                    chart(cells, "outcomes", "Officers by outcome", "bar", Measure.OFFICERS, Dimension.OUTCOME, query),
                    chart(cells, "standards", "Standards found breached", "bar", Measure.OFFICERS, Dimension.STANDARD, query),
                    chart(cells, "ranks", "Officers by rank", "bar", Measure.OFFICERS, Dimension.RANK, query),
                    chart(cells, "forces", "Hearings by force", "bar", Measure.HEARINGS, Dimension.FORCE, query));
            DashboardView view = new DashboardView(value(force), value(from), value(to), value(generated), query,
                    stats.overview(cells), charts, stats.timings(cells, Dimension.YEAR), null);
            return pages.render(HttpStatus.OK, "dashboard.jte", view, Duration.ofMinutes(5))
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        } catch (InvalidQueryException e) {
            DashboardView view = new DashboardView(value(force), value(from), value(to), value(generated), "", null, List.of(), null,
                    e.detail());
            return pages.render(HttpStatus.BAD_REQUEST, "dashboard.jte", view, Duration.ZERO)
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }

    private DashboardView.Chart chart(StatsView cells, String id, String title, String kind, Measure measure,
                                      Dimension dimension, String query) {
        String api = "/api/v1/stats/" + measure.name().toLowerCase(Locale.ROOT) + "/" + dimension.parameter();
        return new DashboardView.Chart(id, title, kind, stats.table(cells, measure, dimension, null),
                api + "?format=csv" + (query.isEmpty() ? "" : "&" + query));
    }

    private static String value(String parameter) {
        return parameter == null ? "" : parameter;
    }
}
