package org.openhearings.domain;

import java.util.regex.Pattern;

/** The form of a public hearing id ("h-" and 16 hexadecimal digits): anything else names no hearing. */
public final class HearingId {
    public static final String PREFIX = "h-";
    private static final Pattern FORMAT = Pattern.compile("h-[0-9a-f]{16}");

    private HearingId() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
