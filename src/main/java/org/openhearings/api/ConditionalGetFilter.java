package org.openhearings.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.json.JsonMapper;
import org.openhearings.hashing.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Base64;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * HTTP caching for every successful GET: an {@code ETag} from the bytes sent (the body is encoded
 * here once, then sent as those bytes), {@code 304 Not Modified} when {@code If-None-Match} holds it (or,
 * without one, when {@code If-Modified-Since} is not before {@code Last-Modified}), and a
 * {@code Cache-Control} suited to the route where the controller set none.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ConditionalGetFilter {
    private final JsonMapper json;

    public ConditionalGetFilter(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    public MutableHttpResponse<?> cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (!read) {
            return response;
        }
        vary(response, request.getPath().startsWith("/api/") ? List.of("Accept", "Origin") : List.of("Origin"));
        if (response.status() != HttpStatus.OK) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
            return response;
        }
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, CachePolicy.forPath(request.getPath()));
        }
        byte[] body = bytes(response);
        if (body == null) {
            return response;
        }
        String etag = "\"" + digest(body) + "\"";
        response.header(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        boolean unchanged = ifNoneMatch != null ? ifNoneMatch.trim().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(ConditionalGetFilter::opaqueTag).anyMatch(etag::equals)
                : notModifiedSince(request, response);
        if (unchanged) {
            MutableHttpResponse<Object> notModified = HttpResponse.status(HttpStatus.NOT_MODIFIED);
            response.getHeaders().forEach((name, values) -> values.forEach(v -> notModified.header(name, v)));
            notModified.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            notModified.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return notModified;
        }
        return response;
    }

    /**
     * If-Modified-Since, where the response has a Last-Modified and no If-None-Match was sent (that one
     * decides when both are, RFC 9110 13.2.2); a date that does not parse is ignored.
     */
    private static boolean notModifiedSince(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String since = request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE);
        String lastModified = response.getHeaders().get(HttpHeaders.LAST_MODIFIED);
        if (since == null || lastModified == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x". */
    private static String opaqueTag(String candidate) {
        String tag = candidate.trim();
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * Shared caches must key on what changes the answer: the Accept header where JSON and CSV are
     * negotiated, and the Origin that CORS headers depend on.
     */
    private static void vary(MutableHttpResponse<?> response, List<String> on) {
        Set<String> names = new LinkedHashSet<>();
        response.getHeaders().getAll(HttpHeaders.VARY).forEach(v -> Arrays.stream(v.split(",")).map(String::trim)
                .filter(n -> !n.isEmpty()).forEach(names::add));
        names.addAll(on);
        response.getHeaders().set(HttpHeaders.VARY, String.join(", ", names));
    }

    /** The body as it will be sent; a JSON object body is encoded now and replaced by its bytes. */
    private byte[] bytes(MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        MediaType type = response.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        if (body instanceof FileCustomizableResponseType || !type.getSubtype().endsWith("json")) {
            return null; // files (static resources) carry their own Last-Modified
        }
        try {
            byte[] encoded = json.writeValueAsBytes(body);
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> writable = (MutableHttpResponse<Object>) response;
            writable.body(encoded).contentType(type);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(Sha256.digest(body), 16));
    }
}
