package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openhearings.domain.ChangePage;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.ListOrder;
import org.openhearings.domain.Page;
import org.openhearings.store.HearingReader;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The read side of hearings, shared by the JSON API and the pages. */
@Singleton
public class HearingQueryService {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final HearingReader reader;

    public HearingQueryService(HearingReader reader) {
        this.reader = reader;
    }

    public Optional<Hearing> find(String id) {
        return reader.find(id);
    }

    /** Whole records of the given ids, in that order (at most 100). */
    public List<Hearing> findAll(List<String> ids) {
        return reader.findAll(ids);
    }

    public Page<HearingSummary> list(HearingFilter filter, int limit, String cursor) {
        return list(filter, ListOrder.NEWEST_FIRST, limit, cursor);
    }

    public Page<HearingSummary> list(HearingFilter filter, ListOrder order, int limit, String cursor) {
        return reader.list(filter, order, limit, cursor);
    }

    /** Hearings created or revised after a cursor or a time, oldest first (see {@link HearingReader#changes}). */
    public ChangePage changes(String cursor, Instant after, int limit) {
        return reader.changes(cursor, after, limit);
    }

    public ChangePage newlyPublished(int limit) {
        return reader.newlyPublished(limit);
    }

    /** The number of matching hearings where it is cheap to know (see {@link HearingReader#countIfCheap}), else null. */
    @Nullable
    public Long countIfCheap(HearingFilter filter) {
        OptionalLong count = reader.countIfCheap(filter);
        return count.isPresent() ? count.getAsLong() : null;
    }
}
