package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.openhearings.domain.InvalidQueryException;

import java.util.Locale;

/** JSON or CSV: a {@code format} parameter wins (it works from a link), else the Accept header. */
public enum ResponseFormat {
    JSON, CSV;

    public static final String PARAMETER = "format";

    public static ResponseFormat of(QueryParameters q, HttpRequest<?> request) {
        String format = q.text(PARAMETER);
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw new InvalidQueryException(PARAMETER, "\"" + format + "\" is not json or csv");
            };
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv") ? CSV : JSON;
    }
}
