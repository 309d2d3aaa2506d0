package org.openhearings.testing;

import org.openhearings.ingest.HearingIds;

/** The ids the local run and the tests give records: keyed with the public local key. */
public final class TestIds {
    private static final HearingIds IDS = new HearingIds(HearingIds.LOCAL_KEY);

    private TestIds() {
    }

    public static String forSource(String sourceUrl, String part) {
        return IDS.forSource(sourceUrl, part);
    }
}
