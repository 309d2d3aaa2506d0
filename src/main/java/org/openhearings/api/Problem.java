package org.openhearings.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem detail. {@code parameter} (an extension member) names the query parameter at
 * fault, so a client can point at it without parsing prose.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      @Nullable String parameter) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String INVALID_PARAMETER = "/about#problem-invalid-parameter";
    public static final String NOT_FOUND = "/about#problem-not-found";
    public static final String UNAVAILABLE = "/about#problem-unavailable";
}
