package org.openhearings.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A local stand-in for API Gateway (HTTP API, payload v2): each HTTP request becomes the event API
 * Gateway would send, is answered by the very handler deployed to Lambda, inside the same application
 * context, and the handler's response is written back as API Gateway would.
 * <p>Hand-written rather than micronaut-function-aws-api-proxy-test's server: that one starts a second
 * application context per server (so beans that look up the server rebind its port) and splits every
 * response header at commas, which breaks dates such as Last-Modified.
 */
public final class LambdaHttpServer implements AutoCloseable {
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final HttpServer server;
    private final ApiFunction handler;

    private LambdaHttpServer(HttpServer server, ApiFunction handler) {
        this.server = server;
        this.handler = handler;
    }

    /** Serves on the given port (0: any free one) of all interfaces, like a development server. */
    public static LambdaHttpServer start(ApplicationContext context, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        LambdaHttpServer local = new LambdaHttpServer(server, new ApiFunction(context));
        server.createContext("/", local::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return local;
    }

    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event(exchange), new MockLambdaContext());
            byte[] body = body(response);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            }
            if (response.getCookies() != null) {
                response.getCookies().forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
            }
            boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || body.length == 0
                    || response.getStatusCode() == 204 || response.getStatusCode() == 304;
            exchange.sendResponseHeaders(response.getStatusCode(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static byte[] body(APIGatewayV2HTTPResponse response) {
        if (response.getBody() == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!"cookie".equalsIgnoreCase(name)) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        byte[] body = exchange.getRequestBody().readAllBytes();
        String userAgent = headers.getOrDefault("user-agent", "");
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(uri.getRawPath())
                .withRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .withQueryStringParameters(queryStringParameters(uri.getRawQuery()))
                .withHeaders(headers)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withBody(body.length == 0 ? null : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withTime(REQUEST_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                        .withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod())
                                .withPath(uri.getRawPath())
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(userAgent)
                                .build())
                        .build())
                .build();
    }

    /** As API Gateway sends them: decoded, a repeated parameter's values joined by commas, empty values kept. */
    private static Map<String, String> queryStringParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
