package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for clients that accept it. API Gateway's HTTP APIs do not compress, so the function does, on the
 * response it hands back: the body gzipped and base64-encoded (the adapter decides "binary" by media type
 * alone, so compression cannot happen earlier, inside the application). Text only, and only past a size
 * where it pays.
 */
final class ResponseCompression {
    static final int MIN_BYTES = 1024;
    private static final Pattern COMPRESSIBLE = Pattern.compile(
            "(?i)\\s*(text/[^;]+|application/(?:[a-z.+-]*\\+)?(?:json|xml|javascript|yaml)|image/svg\\+xml)\\s*(;.*)?");
    private static final Pattern REFUSED = Pattern.compile("(?i).*\\bgzip\\s*;\\s*q\\s*=\\s*0(?:\\.0*)?\\s*(,.*)?$");

    private ResponseCompression() {
    }

    static APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPEvent request, APIGatewayV2HTTPResponse response) {
        String body = response.getBody();
        if (body == null || response.getIsBase64Encoded() || !accepts(request) || header(response.getHeaders(), "Content-Encoding") != null) {
            return response;
        }
        String type = header(response.getHeaders(), "Content-Type");
        byte[] plain = body.getBytes(StandardCharsets.UTF_8);
        if (type == null || !COMPRESSIBLE.matcher(type).matches() || plain.length < MIN_BYTES) {
            return response;
        }
        byte[] compressed = gzip(plain);
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Vary"));
        headers.put("Content-Length", Integer.toString(compressed.length));
        headers.put("Content-Encoding", "gzip");
        headers.put("Vary", vary(header(response.getHeaders(), "Vary")));
        Map<String, List<String>> multi = null;
        if (response.getMultiValueHeaders() != null) {
            multi = new LinkedHashMap<>(response.getMultiValueHeaders());
            multi.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Vary")
                    || name.equalsIgnoreCase("Content-Encoding"));
            multi.put("Content-Encoding", List.of("gzip"));
            multi.put("Content-Length", List.of(headers.get("Content-Length")));
            multi.put("Vary", List.of(headers.get("Vary")));
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(response.getStatusCode()).withHeaders(headers)
                .withMultiValueHeaders(multi).withCookies(response.getCookies())
                .withBody(Base64.getEncoder().encodeToString(compressed)).withIsBase64Encoded(true).build();
    }

    private static boolean accepts(APIGatewayV2HTTPEvent request) {
        String accepted = request.getHeaders() == null ? null : header(request.getHeaders(), "Accept-Encoding");
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip") && !REFUSED.matcher(accepted).matches();
    }

    private static String vary(String existing) {
        List<String> names = new ArrayList<>();
        if (existing != null) {
            for (String name : existing.split(",")) {
                if (!name.isBlank() && !name.trim().equalsIgnoreCase("Accept-Encoding")) {
                    names.add(name.trim());
                }
            }
        }
        names.add("Accept-Encoding");
        return String.join(", ", names);
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }
}
