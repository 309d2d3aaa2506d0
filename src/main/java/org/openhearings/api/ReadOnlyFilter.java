package org.openhearings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Set;

/**
 * The public surface is read-only: anything but GET, HEAD and OPTIONS is 405 on every path; a plain
 * OPTIONS (not a CORS preflight, which the CORS filter answers) is 204 with the methods answered.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ReadOnlyFilter implements io.micronaut.core.order.Ordered {
    static final String ALLOWED = "GET, HEAD, OPTIONS";
    private static final Set<HttpMethod> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestFilter
    @Nullable
    public HttpResponse<Problem> refuseWrites(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.OPTIONS && !isPreflight(request)) {
            return HttpResponse.<Problem>status(HttpStatus.NO_CONTENT).header("Allow", ALLOWED);
        }
        if (READ_METHODS.contains(request.getMethod())) {
            return null;
        }
        Problem problem = new Problem("about:blank", "Method Not Allowed", 405,
                "This API is read-only: use " + ALLOWED + ".", request.getPath(), null);
        return HttpResponse.<Problem>status(HttpStatus.METHOD_NOT_ALLOWED).body(problem)
                .contentType(Problem.MEDIA_TYPE).header("Allow", ALLOWED);
    }

    private static boolean isPreflight(HttpRequest<?> request) {
        return request.getHeaders().contains("Origin") && request.getHeaders().contains("Access-Control-Request-Method");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
