package org.openhearings.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The absolute base of links in responses that are cached and shared (the Atom feed): the configured
 * public URL ({@code openhearings.public-base-url}, a template parameter), else https and the domain
 * name API Gateway itself put in the event. Never a client's Host or X-Forwarded-* headers, which would
 * let one request poison a cached feed for everyone. Plain http only for the loopback local run.
 */
@Singleton
public class PublicBaseUrl {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String configured;

    public PublicBaseUrl(@Nullable @Value("${openhearings.public-base-url:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    public String of(HttpRequest<?> request) {
        if (configured != null) {
            return configured;
        }
        String domain = request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event && event.getRequestContext() != null
                ? event.getRequestContext().getDomainName() : null;
        if (domain == null || !domain.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[::1](:\\d{1,5})?")) {
            return "https://localhost";
        }
        String host = domain.replaceAll(":\\d+$", "");
        return (LOOPBACK.contains(host) ? "http://" : "https://") + domain;
    }
}
