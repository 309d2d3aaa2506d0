package org.openhearings.store;

import org.openhearings.domain.ChangePage;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.HearingSummary;
import org.openhearings.domain.ListOrder;
import org.openhearings.domain.Page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What the public API may do with stored hearings: read them, a bounded number of requests per call. */
public interface HearingReader {
    Optional<Hearing> find(String id);

    /** Whole records for up to 100 ids (one batch read), in the order given; unknown ids are left out. */
    List<Hearing> findAll(List<String> ids);

    /** Newest first. May return fewer than {@code limit} items with a cursor: the read is bounded. */
    Page<HearingSummary> list(HearingFilter filter, ListOrder order, int limit, String cursor);

    /**
     * How many hearings match, when that costs one read: no date range and at most one facet.
     * Empty otherwise (an exact count would mean reading every match).
     */
    OptionalLong countIfCheap(HearingFilter filter);

    /**
     * Hearings created or revised after a point, oldest first, each once (at its latest change). The
     * point is a cursor from an earlier answer, else a time (exclusive), else the beginning.
     */
    ChangePage changes(String cursor, Instant after, int limit);

    /** The most recently first-published hearings, newest first. */
    ChangePage newlyPublished(int limit);
}
