package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.http.exceptions.UriSyntaxException;
import org.crac.Core;
import org.openhearings.aws.SdkWarmUp;
import org.openhearings.web.SecurityHeadersFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's Lambda entry: the library's HTTP API (payload v2) handler, guarded. The adapter throws
 * before any route runs on a URL it cannot parse ("/hearings/%zz", "/%", a raw "<"), and Lambda turns
 * a thrown handler into API Gateway's bare 500; such requests, and paths or query strings longer than
 * any real one, get a 400 problem+json here instead. Anything else that escapes the application is a
 * 500 problem without detail, never an invocation error. Text responses are gzipped for clients that
 * accept it ({@link ResponseCompression}); HEAD gets GET's headers without the body ({@link HeadAsGet}); a
 * repeated header is joined into the one value payload v2 carries ({@link JoinedHeaders}); a format suffix
 * is a format parameter ({@link FormatSuffix}).
 */
public class ApiFunction extends APIGatewayV2HTTPEventFunction {
    /** Longer than any path or query this API issues, far shorter than DynamoDB's key limits. */
    static final int MAX_PATH = 512;
    static final int MAX_QUERY = 4096;

    static {
        // Started first, to run beside Micronaut's start: Lambda loads the handler class in its init phase,
        // before the constructor. On one processor they would only take turns with it (measured: +160 ms).
        if (Runtime.getRuntime().availableProcessors() > 1) {
            SdkWarmUp.start();
            ClassPreloader.start();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ApiFunction.class);

    /** Held here: CRaC keeps only a weak reference to what it calls before a snapshot. */
    private final SnapStartPriming priming = new SnapStartPriming(this);

    /** The constructor Lambda uses; with SnapStart, the snapshot is primed ({@link SnapStartPriming}). */
    public ApiFunction() {
        Core.getGlobalContext().register(priming);
    }

    /** Runs inside an existing context (tests, the local server, the benchmark). */
    public ApiFunction(ApplicationContext context) {
        super(context);
    }

    /**
     * The library's environments, but beans made when a request first needs them. The library's builder
     * makes every singleton at start-up (its work then falls in Lambda's init phase), which here meant
     * ingest's word lists, the drafter, the S3 client factory and the page templates on a function that
     * answers a GET with one GetItem; measured, lazy is the faster cold start (README, Benchmark). Its
     * {@code eagerInitSingletons(false)} does not undo that, so the builder is made here. No bootstrap context
     * (distributed configuration, which this API does not use): asking whether one is needed made Micronaut
     * resolve every bean definition before it had read its properties, ahead of the class preloader
     * (measured: ≈ −20 ms, −45 ms of CPU). Configuration files are read as classes are
     * ({@link JarEntryResourceLoader}), not through a zip file system opened on the jar.
     */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        ApplicationContextBuilder builder = new DefaultApplicationContextBuilder() {
            private ClassPathResourceLoader resources;

            @Override
            public ClassPathResourceLoader getResourceLoader() {
                if (resources == null) {
                    resources = new JarEntryResourceLoader(getClassLoader());
                }
                return resources;
            }
        };
        return builder.environments(Environment.FUNCTION, "lambda").eagerInitConfiguration(true).bootstrapEnvironment(false);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        SdkWarmUp.awaitFinished(); // the SDK's classes are never first initialised on two threads at once
        String path = event.getRawPath() == null ? "/" : event.getRawPath();
        String query = event.getRawQueryString() == null ? "" : event.getRawQueryString();
        if (path.length() > MAX_PATH || query.length() > MAX_QUERY) {
            return problem(400, "Request too long", "The path may be at most " + MAX_PATH
                    + " characters and the query at most " + MAX_QUERY + ".");
        }
        try {
            FormatSuffix.rewrite(event);
            if (HeadAsGet.applies(event)) {
                return HeadAsGet.handle(event, get -> respond(get, context));
            }
            return respond(event, context);
        } catch (UriSyntaxException e) {
            return problem(400, "Malformed URL", "The URL is not valid: a character must be percent-encoded, or a"
                    + " '%' does not begin a percent-escape of two hexadecimal digits.");
        } catch (RuntimeException e) {
            LOG.error("request failed outside the application path={} error={}", path.length() > 80 ? path.substring(0, 80) : path,
                    e.getClass().getSimpleName());
            return problem(500, "Internal Server Error", null);
        }
    }

    private APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event, Context context) {
        return ResponseCompression.apply(event, JoinedHeaders.apply(super.handleRequest(event, context)));
    }

    private static APIGatewayV2HTTPResponse problem(int status, String title, String detail) {
        Map<String, String> headers = new LinkedHashMap<>(SecurityHeadersFilter.HEADERS);
        headers.put("Content-Type", "application/problem+json");
        headers.put("Cache-Control", "no-store");
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + (detail == null ? "" : ",\"detail\":\"" + detail.replace("\"", "'") + "\"") + "}";
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body).build();
    }
}
