package org.openhearings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.HearingSummary;

import java.util.List;

/**
 * Hearings created ({@code revision} 1) or revised after the point asked for, oldest first. Keep
 * {@code next} and call it later to get only what changed since this answer.
 */
@Serdeable
public record ChangeList(List<HearingSummary> items, int limit, @Nullable String cursor, @Nullable String next) {
}
