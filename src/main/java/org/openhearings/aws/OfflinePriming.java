package org.openhearings.aws;

/**
 * While a snapshot is primed, every AWS client answers every call with an empty result, without the
 * network: a snapshot must hold neither a connection nor data, and priming needs only the code paths
 * (classes loaded, methods compiled), not answers.
 */
public final class OfflinePriming {
    private static volatile boolean active;

    private OfflinePriming() {
    }

    public static void during(Runnable work) {
        active = true;
        try {
            work.run();
        } finally {
            active = false;
        }
    }

    static boolean active() {
        return active;
    }
}
