package org.openhearings.fuzz;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Hostile API Gateway (payload v2) events: every route with broken ids, encodings and lengths, every
 * parameter with hostile values, crafted cursors, odd methods and headers. Seeded, so a failure
 * replays.
 */
final class HostileRequests {
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT",
            "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "get");
    private static final List<String> ROUTES = List.of("/", "/about", "/dashboard", "/api", "/api/v1/hearings",
            "/api/v1/hearings/%s", "/hearings/%s", "/api/v1/stats", "/api/v1/stats/%s/%s", "/api/v1/stats/timings",
            "/api/v1/changes", "/api/v1/feed.atom", "/api/v1/bulk", "/api/v1/bulk/%s", "/api/v1/reference",
            "/api/v1/openapi.yaml", "/static/site.css", "/static/%s", "/%s", "/api/v1/%s");
    private static final List<String> PARAMETERS = List.of("limit", "cursor", "force", "outcome", "finding", "rank",
            "status", "serving", "barredList", "standard", "type", "hearingType", "from", "to", "since", "format",
            "generated", "measure", "dimension", "q", "sort", "callback", "__proto__");
    private static final List<String> SEGMENTS = List.of("h-3b73d1c153734c18", "h-0000000000000000", "%zz", "%", "%00",
            "..", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "h-3b73d1c153734c18%00", "%F0%9F%92%A9", "%C0%AF", "officers",
            "hearings.csv", "hearings.jsonl", "outcome", "force", "<script>", "a%20b", "h-DE17E79EDBA5E0B4", "\u00e9",
            "%ff%fe", "null", "-1", "0", "%25", "..%5c..%5c", "h-3b73d1c153734c18.json");
    private static final List<String> VALUES = List.of("", "-1", "0", "1", "101", "99999999999999999999", "1e9", "abc",
            "METROPOLITAN", "KENT,ESSEX", "DISMISSED_WITHOUT_NOTICE", "true", "false", "yes", "2023", "2023-13-45",
            "2023-04-14", "2023-04-14T10:00:00Z", "9999-12-31", "-2023", "%zz", "%", "%00", "\u202e", "\u0000",
            "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "csv", "json", "xml", "../../", "\uD83D\uDCA9",
            "=cmd|' /C calc'!A0", "NaN", "Infinity", " ", "+", "%2B");
    private static final List<String> ACCEPTS = List.of("application/json", "text/csv", "text/html", "*/*",
            "application/xml", "application/problem+json", "text/csv;q=0.9, application/json;q=0.1", "garbage///",
            "", "application/atom+xml", "text/*", "application/yaml");

    private final Random random;

    HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    APIGatewayV2HTTPEvent next() {
        String path = route();
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            query.append(i == 0 ? "" : "&").append(pick(PARAMETERS)).append('=').append(encodeSometimes(value()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "api.openhearings.example");
        if (random.nextBoolean()) {
            headers.put("accept", pick(ACCEPTS));
        }
        if (random.nextInt(5) == 0) {
            headers.put("if-none-match", pick(List.of("*", "W/\"x\"", "\"\"", "garbage", "W/\"" + "a".repeat(3000) + "\"")));
        }
        if (random.nextInt(5) == 0) {
            headers.put("origin", pick(List.of("https://evil.example", "null", "file://", "")));
        }
        if (random.nextInt(5) == 0) {
            headers.put("x-forwarded-host", "evil.example");
            headers.put("x-forwarded-proto", "gopher");
        }
        if (random.nextInt(10) == 0) {
            headers.put("range", "bytes=0-1");
        }
        String method = pick(METHODS);
        String body = random.nextInt(8) == 0 ? Base64.getEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8)) : null;
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(query.toString())
                .withQueryStringParameters(decoded(query.toString()))
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(body != null)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withDomainName("api.openhearings.example")
                        .withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("192.0.2.1").withUserAgent("fuzz").build())
                        .build())
                .build();
    }

    private String route() {
        String template = pick(ROUTES);
        int holes = template.split("%s", -1).length - 1;
        Object[] segments = new Object[holes];
        for (int i = 0; i < holes; i++) {
            segments[i] = segment();
        }
        return String.format(template, segments);
    }

    private String segment() {
        return switch (random.nextInt(6)) {
            case 0 -> "h-" + "a".repeat(random.nextInt(4000));
            case 1 -> Integer.toHexString(random.nextInt());
            default -> pick(SEGMENTS);
        };
    }

    private String value() {
        return switch (random.nextInt(8)) {
            case 0 -> "x".repeat(random.nextInt(5000));
            case 1 -> cursor();
            default -> pick(VALUES);
        };
    }

    /** Cursors: random bytes, and well-formed ones with partitions and sort keys nobody issued. */
    private String cursor() {
        String text = switch (random.nextInt(4)) {
            case 0 -> "1\nINDEX#all\n" + "\uffff".repeat(random.nextInt(2000)) + "\n" + "f";
            case 1 -> "1\nCHANGES\n" + "z".repeat(random.nextInt(3000)) + "\nchanges";
            case 2 -> "1\nINDEX#force=KENT\n\n" + Integer.toHexString(random.nextInt());
            default -> new String(randomBytes(), StandardCharsets.ISO_8859_1);
        };
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String encodeSometimes(String value) {
        return random.nextBoolean() ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** As API Gateway passes them: decoded where the escapes are valid, a repeated name's values joined by commas. */
    private static Map<String, String> decoded(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = lenient(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : lenient(pair.substring(equals + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String lenient(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
