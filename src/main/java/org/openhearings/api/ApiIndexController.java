package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.DataLicence;

import java.util.List;
import java.util.Set;

/** {@code /api/v1}: where to start: what the API is, its licence, and a link to every route. */
@Controller("/api/v1")
public class ApiIndexController {
    /** A route: its relation name, its absolute URL (a URI template where it takes a path variable) and what it gives. */
    @Serdeable
    public record Link(String rel, String href, String title) {
    }

    @Serdeable
    public record ApiIndex(String title, String description, String version, DataLicence licence, List<Link> links) {
    }

    private static final List<Link> ROUTES = List.of(
            new Link("hearings", "/api/v1/hearings", "Hearings, newest first, filtered and paged (JSON; CSV with format=csv or .csv)"),
            new Link("hearing", "/api/v1/hearings/{id}", "One hearing record, with its corrections"),
            new Link("reference", "/api/v1/reference", "The vocabularies: forces, ranks, standards, findings, outcomes"),
            new Link("statistics", "/api/v1/stats", "Headline figures"),
            new Link("statistics-table", "/api/v1/stats/{measure}/{dimension}", "Officers or hearings counted by a dimension"),
            new Link("timings", "/api/v1/stats/timings", "How long cases take, as quartiles"),
            new Link("timing-cases", "/api/v1/stats/timings/cases", "Each case's own timings, paged"),
            new Link("changes", "/api/v1/changes", "Every creation, revision and withdrawal since a time"),
            new Link("feed", "/api/v1/feed.atom", "Newly published hearings as an Atom feed (takes the list's filters)"),
            new Link("bulk", "/api/v1/bulk", "The whole dataset as files, two per year, with checksums"),
            new Link("datapackage", "/api/v1/bulk/datapackage.json", "The bulk files as a Frictionless Data Package"),
            new Link("dcat", "/api/v1/bulk/catalog.jsonld", "The dataset as a W3C DCAT catalogue (JSON-LD), for data portals"),
            new Link("service-desc", "/api/v1/openapi.yaml", "The OpenAPI 3.1 contract"),
            new Link("service-doc", "/api", "The API's documentation page"),
            new Link("about", "/about", "What is published and how, definitions, licence and citation"));

    private final PublicBaseUrl baseUrl;

    public ApiIndexController(PublicBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> index(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        String base = baseUrl.of(request);
        return HttpResponse.ok(new ApiIndex("OpenHearings API", "Anonymised outcomes of UK police misconduct hearings: read-only, "
                + "no person named.", "1", DataLicence.OGL_3,
                ROUTES.stream().map(l -> new Link(l.rel(), base + l.href(), l.title())).toList()));
    }
}
