package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code /api/v1/openapi.yaml}: the API's contract, written by hand in src/main/resources/openapi and
 * kept true by tests (every route is in it, every real response validates against it).
 */
@Controller("/api/v1/openapi.yaml")
public class OpenApiController {
    static final String MEDIA_TYPE = "application/yaml;charset=utf-8";
    private final String document = read();

    @Get(produces = MEDIA_TYPE)
    public MutableHttpResponse<String> document(HttpRequest<?> request) {
        new QueryParameters(request.getParameters(), Set.of());
        return HttpResponse.ok(document).contentType(MEDIA_TYPE);
    }

    private static String read() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
