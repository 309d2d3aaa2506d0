package org.openhearings.ingest;

/** A request to take a published record down: its id (from the source's address and part) and the reason given. */
public record RawWithdrawal(String id, String reason) {
}
