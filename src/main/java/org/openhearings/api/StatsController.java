package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.query.StatsOverview;
import org.openhearings.query.StatsService;

import java.util.Set;

/** {@code /api/v1/stats}: officer counts by outcome, standard breached, year and force. */
@Controller("/api/v1/stats")
public class StatsController {
    private final StatsService stats;

    public StatsController(StatsService stats) {
        this.stats = stats;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public StatsOverview overview(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        return stats.overview();
    }
}
