package org.openhearings.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;

/**
 * Headers that make every response safer in a browser: no inline script or style may run (so an
 * injected tag is inert even if escaping ever failed), no framing, no MIME sniffing, no referrer leak,
 * HTTPS only (HSTS).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Every response carries these (a page may set a stricter policy of its own). */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    /** Outermost: its response filter also runs on answers that an earlier filter gave (the read-only 405). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        HEADERS.forEach((name, value) -> {
            if (!response.getHeaders().contains(name)) {
                response.header(name, value);
            }
        });
    }
}
