package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.openhearings.web.PageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

import java.time.Duration;

/**
 * DynamoDB throttled, timed out, failed or could not be reached within the call budget: 503 with
 * Retry-After, as problem+json on API routes and as an HTML page on the pages, never a 500 or a stack
 * trace. Handled here, at the edge, so every read path (gets, queries, batch reads) answers alike.
 */
@Singleton
@Produces
public class DependencyUnavailableHandler implements ExceptionHandler<SdkException, HttpResponse<?>> {
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DependencyUnavailableHandler.class);

    private final PageRenderer pages;

    public DependencyUnavailableHandler(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SdkException e) {
        // The exception's class says what failed (throttling, timeout, connection); it carries no record data.
        LOG.warn("dependency unavailable path={} error={}", request.getPath(), e.getClass().getSimpleName());
        if (!request.getPath().startsWith("/api/")) {
            return pages.render(HttpStatus.SERVICE_UNAVAILABLE, "unavailable.jte", RETRY_AFTER_SECONDS, Duration.ZERO)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        Problem problem = new Problem(Problem.UNAVAILABLE, "Service temporarily unavailable", 503,
                "The data store did not answer in time; try again after " + RETRY_AFTER_SECONDS + " seconds.",
                request.getPath(), null);
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem).contentType(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
