package org.openhearings.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable public ids: derived from the source address alone, so re-ingesting or revising a record keeps
 * its id, and the id carries nothing about the people in it.
 */
public final class HearingIds {
    private HearingIds() {
    }

    public static String forSource(String sourceUrl) {
        return "h-" + sha256(sourceUrl.strip().toLowerCase(Locale.ROOT)).substring(0, 16);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
