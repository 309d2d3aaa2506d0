package org.openhearings.store;

import org.openhearings.domain.InvalidQueryException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque "next page" token: which index partition, where to resume, and a fingerprint of the
 * filters, so a cursor cannot be replayed against a different query.
 */
record PageCursor(String partition, String lastSortKey, String fingerprint) {
    private static final String VERSION = "1";
    /** In place of a sort key: the partition from its start (a list by force that ran out of requests between two forces). */
    private static final String FROM_START = "start";

    static PageCursor fromStart(String partition, String fingerprint) {
        return new PageCursor(partition, FROM_START, fingerprint);
    }

    boolean fromStart() {
        return FROM_START.equals(lastSortKey);
    }
    /** Longer than any facet partition we write; a cursor's parts are checked before they reach DynamoDB. */
    private static final int MAX_PARTITION = 200;

    String encode() {
        String text = String.join("\n", VERSION, partition, lastSortKey, fingerprint);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String token, String expectedFingerprint) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("cursor", "not a cursor issued by this API");
        }
        if (parts.length != 4 || !VERSION.equals(parts[0])
                || !(parts[1].startsWith("INDEX#") || parts[1].startsWith(TableLayout.SEARCH) || parts[1].equals(TableLayout.CHANGES)
                    || parts[1].equals(TableLayout.BY_OFFICERS))
                || parts[1].length() > MAX_PARTITION
                || !(TableLayout.isSortKeyOf(parts[1], parts[2]) || parts[2].equals(FROM_START) && parts[1].startsWith("INDEX#"))) {
            throw new InvalidQueryException("cursor", "not a cursor issued by this API");
        }
        if (!parts[3].equals(expectedFingerprint)) {
            throw new InvalidQueryException("cursor", "belongs to a query with other filters; start again without it");
        }
        return new PageCursor(parts[1], parts[2], parts[3]);
    }
}
