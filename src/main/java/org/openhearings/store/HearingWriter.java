package org.openhearings.store;

import org.openhearings.domain.Hearing;

import java.time.Instant;
import java.util.Optional;

/** What only ingest may do: write and withdraw published records, their list entries and their counts. */
public interface HearingWriter {
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** What a save did, and the version it replaced (null if there was none): ingest rebuilds both years' files. */
    record Written(Outcome outcome, Hearing before) {
    }

    /**
     * Stores the record, or revises it if its content changed; its id and first-published time are kept,
     * and a revision adds a correction (its time, the fields it changed, the reason given) to its log.
     */
    Written save(Hearing hearing, String contentHash, String correctionReason, Instant now);

    /**
     * Takes a published record down with its list and feed entries, and announces it in the change list
     * (id, time, reason). Gives the record taken down, or nothing if there was none.
     */
    Optional<Hearing> remove(String id, String reason, Instant now);
}
