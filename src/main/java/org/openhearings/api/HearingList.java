package org.openhearings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.domain.HearingSummary;

import java.util.List;

/**
 * A page of the hearing list, newest first, with the link to the next page (null on the last), and
 * the number of matching hearings where it costs one read to know (null otherwise).
 */
@Serdeable
public record HearingList(List<HearingSummary> items, int limit, @Nullable Long total, @Nullable String nextCursor,
                          @Nullable String next) {
}
