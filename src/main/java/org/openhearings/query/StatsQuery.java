package org.openhearings.query;

import org.openhearings.stats.StatsFilter;

import java.util.ArrayList;
import java.util.List;

/** A statistics filter written back as the query string that asks for it ("" when there is none). */
public final class StatsQuery {
    private StatsQuery() {
    }

    public static String of(StatsFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.force() != null) {
            parts.add("force=" + f.force().name());
        }
        if (f.fromYear() != null) {
            parts.add("from=" + f.fromYear());
        }
        if (f.toYear() != null) {
            parts.add("to=" + f.toYear());
        }
        if (f.generated() != null) {
            parts.add("generated=" + f.generated());
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
