package org.openhearings.export;

/** A bulk file's description and its bytes, as ingest stores them. */
public record BulkContent(BulkFile file, byte[] content) {
}
