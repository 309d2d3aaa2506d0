package org.openhearings.aws;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up runs the SDK end to end without the network: this machine reaches no AWS endpoint, so a
 * warm-up that tried to would fail here, and a thread that hung would hold nothing up (daemon) yet not
 * finish.
 */
class SdkWarmUpTest {

    @Test
    void everyCallIsAnsweredInProcess() {
        assertTrue(SdkWarmUp.run());
    }

    @Test
    void awaitingReturnsOnlyOnceTheWarmUpIsDone() {
        Thread thread = SdkWarmUp.start();
        SdkWarmUp.awaitFinished();
        assertFalse(thread.isAlive(), "a request would have begun while the SDK's classes were still being initialised");
    }

    @Test
    void startsOnADaemonThreadThatFinishes() throws InterruptedException {
        Thread thread = SdkWarmUp.start();
        assertTrue(thread.isDaemon());
        thread.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(thread.isAlive());
    }
}
