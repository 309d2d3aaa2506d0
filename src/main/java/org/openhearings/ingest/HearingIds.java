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

    public static String forSource(String sourceUrl) {
        return HearingId.PREFIX + Sha256.hex(sourceUrl.strip().toLowerCase(Locale.ROOT)).substring(0, 16);
    }
}
