package org.openhearings.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.net.URI;

/** {@code /favicon.ico}, which browsers and feed readers ask for by habit: our one icon is an SVG. */
@Controller
public class Favicon {
    @Get("/favicon.ico")
    public MutableHttpResponse<?> favicon() {
        return HttpResponse.status(io.micronaut.http.HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, URI.create("/static/favicon.svg").toString())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
    }
}
