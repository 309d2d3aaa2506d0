package org.openhearings.ingest;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openhearings.domain.HearingId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable public ids: a keyed hash (HMAC-SHA256) of the source's address, so re-ingesting or revising a
 * record keeps its id, the id carries nothing about the people in it, and nobody without the key can
 * recompute it from an archived notice to confirm which record it is. On AWS the key is the operator's
 * secret (template.yaml: Secrets Manager); the local run and the tests use {@link #LOCAL_KEY}, which is
 * public and so proves nothing. Changing the key changes every id: keep it.
 */
@Singleton
public final class HearingIds {
    /** The local run's and the tests' key. Ingest on Lambda refuses to start with it. */
    public static final String LOCAL_KEY = "openhearings-local-id-key";

    private final SecretKeySpec key;

    public HearingIds(@Value("${openhearings.ids.key}") String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("openhearings.ids.key (OPENHEARINGS_ID_KEY) is empty: ids would be recomputable");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The part (null for a source that reports one hearing) tells apart several hearings reported by one source. */
    public String forSource(String sourceUrl, String part) {
        String source = sourceUrl.strip().toLowerCase(Locale.ROOT) + (part == null ? "" : "#part=" + part.strip());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(source.getBytes(StandardCharsets.UTF_8));
            return HearingId.PREFIX + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** Whether this is the public local key (which must never key a deployed service's ids). */
    public boolean usesLocalKey() {
        return key.equals(new SecretKeySpec(LOCAL_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }
}
