package org.openhearings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openhearings.stats.CaseTiming;

import java.util.List;

/** A page of per-case timings, newest hearing first, with the link to the next page (null on the last). */
@Serdeable
public record CaseTimingList(List<CaseTiming> items, int limit, @Nullable String nextCursor, @Nullable String next) {
}
