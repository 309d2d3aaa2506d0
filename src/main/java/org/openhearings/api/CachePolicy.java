package org.openhearings.api;

/**
 * How long browsers and CDNs may keep each kind of response. Reference data changes with a release;
 * records and statistics when ingest runs; lists and the change feed are what people poll.
 */
final class CachePolicy {
    private CachePolicy() {
    }

    static String forPath(String path) {
        if (path.startsWith("/api/v1/reference") || path.startsWith("/api/v1/openapi") || path.startsWith("/static/")) {
            return "public, max-age=86400";
        }
        if (path.startsWith("/api/v1/hearings/") || path.startsWith("/api/v1/stats") || path.startsWith("/api/v1/bulk")) {
            return "public, max-age=300";
        }
        if (path.startsWith("/api/v1/changes") || path.startsWith("/api/v1/feed")) {
            return "public, max-age=30";
        }
        return "public, max-age=60";
    }
}
