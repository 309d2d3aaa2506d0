package org.openhearings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP against a running local server, as curl or a browser would talk to it. */
public final class HttpTestClient {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public HttpTestClient(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    /** A bulk file as a user's client downloads it: the API's redirect followed to the signed link. */
    public HttpResponse<String> download(String pathAndQuery) {
        HttpResponse<String> redirect = get(pathAndQuery);
        if (redirect.statusCode() != 302) {
            return redirect;
        }
        return send("GET", redirect.headers().firstValue("Location").orElseThrow(), new String[0]);
    }

    /** Every bulk file whose name ends with {@code extension} (".jsonl", ".csv"), downloaded: one body per year. */
    public java.util.List<String> bulkFiles(String extension) {
        java.util.List<String> bodies = new java.util.ArrayList<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\"name\":\"([^\"]+)\"").matcher(get("/api/v1/bulk").body());
        while (names.find()) {
            if (names.group(1).endsWith(extension)) {
                HttpResponse<String> file = download("/api/v1/bulk/" + names.group(1));
                if (file.statusCode() != 200) {
                    throw new IllegalStateException(names.group(1) + " answered " + file.statusCode());
                }
                bodies.add(file.body());
            }
        }
        return bodies;
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
        URI target = pathAndQuery.startsWith("http") ? URI.create(pathAndQuery) : URI.create(base + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
