package org.openhearings.domain;

import java.time.Instant;

/** A published record taken down: which, when, and the reason the operator gave (if any). */
public record Withdrawal(String id, Instant time, String reason) {
}
