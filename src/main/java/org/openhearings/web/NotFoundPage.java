package org.openhearings.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import org.openhearings.api.Problem;

import java.time.Duration;

/**
 * An address that matches no route: a browser asking for a page gets an HTML page it can read and leave
 * by; the API and any client that does not ask for HTML get problem+json.
 */
@Controller
public class NotFoundPage {
    private final PageRenderer pages;

    public NotFoundPage(PageRenderer pages) {
        this.pages = pages;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT, String.class).orElse("");
        if (!request.getPath().startsWith("/api") && accept.contains("text/html")) {
            return pages.render(HttpStatus.NOT_FOUND, "not-found.jte", "There is no page at this address.", Duration.ZERO);
        }
        Problem problem = new Problem(Problem.NOT_FOUND, "Not found", 404, "Nothing is published at this address.",
                request.getPath(), null);
        return HttpResponse.<Problem>status(HttpStatus.NOT_FOUND).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
