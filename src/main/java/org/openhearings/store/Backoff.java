package org.openhearings.store;

import software.amazon.awssdk.core.exception.SdkClientException;

import java.util.concurrent.ThreadLocalRandom;

/** The pause before asking DynamoDB again for what a batch left unprocessed: 20, 40, … ms, with full jitter. */
final class Backoff {
    private Backoff() {
    }

    static void pause(int round) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 20L << Math.min(round, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("interrupted while backing off");
        }
    }
}
