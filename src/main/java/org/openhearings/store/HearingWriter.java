package org.openhearings.store;

import org.openhearings.domain.Hearing;

import java.time.Instant;

/** What only ingest may do: write and withdraw published records, their list entries and their counts. */
public interface HearingWriter {
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Stores the record, or revises it if its content changed; its id and first-published time are kept,
     * and a revision adds a correction (its time, the fields it changed, the reason given) to its log.
     */
    Outcome save(Hearing hearing, String contentHash, String correctionReason, Instant now);

    /**
     * Takes a published record down with its list and feed entries, and announces it in the change list
     * (id, time, reason). False if there was no such record.
     */
    boolean remove(String id, String reason, Instant now);
}
