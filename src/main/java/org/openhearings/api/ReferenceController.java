package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.openhearings.query.ReferenceData;

import java.util.Set;

/** {@code /api/v1/reference}: every controlled vocabulary with its official wording. */
@Controller("/api/v1/reference")
public class ReferenceController {

    @Get(produces = MediaType.APPLICATION_JSON)
    public MutableHttpResponse<?> reference(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        return HttpResponse.ok(ReferenceData.CURRENT);
    }
}
