package org.openhearings.ingest;

import org.openhearings.domain.HearingId;
import org.openhearings.hashing.Sha256;

import java.util.Locale;

/**
 * Stable public ids: derived from the source address alone, so re-ingesting or revising a record keeps
 * its id, and the id carries nothing about the people in it.
 */
public final class HearingIds {
    private HearingIds() {
    }

    /** The part (null for a source that reports one hearing) tells apart several hearings reported by one source. */
    public static String forSource(String sourceUrl, String part) {
        String key = sourceUrl.strip().toLowerCase(Locale.ROOT) + (part == null ? "" : "#part=" + part.strip());
        return HearingId.PREFIX + Sha256.hex(key).substring(0, 16);
    }
}
