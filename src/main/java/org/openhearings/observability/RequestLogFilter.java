package org.openhearings.observability;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.servlet.http.ServletHttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * Cross-cutting request logging, kept out of the controllers: every log line written while a request is
 * handled carries its API Gateway request id (MDC {@code requestId}), and each request ends with one
 * access line (method, path, status, milliseconds). Query strings are not logged: they are the user's.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter implements Ordered {
    static final String REQUEST_ID = "requestId";
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogFilter.class);
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";

    @RequestFilter
    public void begin(HttpRequest<?> request) {
        MDC.put(REQUEST_ID, requestId(request));
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        LOG.info("request method={} path={} status={} ms={}", request.getMethodName(), request.getPath(),
                response.code(), (System.nanoTime() - started) / 1_000_000);
        MDC.remove(REQUEST_ID);
    }

    private static String requestId(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event
                && event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
            return event.getRequestContext().getRequestId();
        }
        return UUID.randomUUID().toString();
    }

    @Override
    public int getOrder() {
        // Before the read-only filter, so refused writes are logged with their id too.
        return ServerFilterPhase.FIRST.before();
    }
}
