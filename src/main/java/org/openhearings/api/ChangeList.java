package org.openhearings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.Withdrawal;

import java.util.List;

/**
 * Hearings created ({@code revision} 1) or revised after the point asked for, and hearings withdrawn,
 * oldest first. Keep {@code next} and call it later to get only what changed since this answer.
 */
@Serdeable
public record ChangeList(List<HearingSummary> items, List<Withdrawal> withdrawals, int limit, @Nullable String cursor,
                         @Nullable String next) {
}
