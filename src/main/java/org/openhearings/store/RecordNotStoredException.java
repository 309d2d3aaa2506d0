package org.openhearings.store;

/**
 * One record could not be written (DynamoDB throttled, timed out, refused the item, or another writer
 * changed it first); its transaction wrote nothing. The message says what kind of failure, never data.
 */
public class RecordNotStoredException extends RuntimeException {
    public RecordNotStoredException(String reason) {
        super(reason);
    }
}
