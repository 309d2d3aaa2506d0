package org.openhearings.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

/**
 * Renders the jte templates in src/main/jte, which the build compiled to Java classes: no template is
 * parsed at run time. Every value a template prints is HTML-escaped for its context by jte.
 */
@Singleton
public class PageRenderer {
    public static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public MutableHttpResponse<String> render(HttpStatus status, String template, Object model, Duration maxAge) {
        StringOutput html = new StringOutput();
        engine.render(template, model, html);
        return respond(status, html, maxAge);
    }

    /** A template with several named parameters. */
    public MutableHttpResponse<String> renderWith(HttpStatus status, String template, Map<String, Object> parameters, Duration maxAge) {
        StringOutput html = new StringOutput();
        engine.render(template, parameters, html);
        return respond(status, html, maxAge);
    }

    private static MutableHttpResponse<String> respond(HttpStatus status, StringOutput html, Duration maxAge) {
        return HttpResponse.<String>status(status).body(html.toString()).contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge.toSeconds());
    }
}
