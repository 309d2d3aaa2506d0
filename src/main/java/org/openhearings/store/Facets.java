package org.openhearings.store;

import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingFilter;
import org.openhearings.domain.Officer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The facets a hearing is listed under, and the facets a filter asks for. */
final class Facets {
    private Facets() {
    }

    static Set<String> of(Hearing h) {
        Set<String> facets = new TreeSet<>();
        facets.add(TableLayout.ALL);
        facets.add("force=" + h.force());
        facets.add("type=" + h.hearingType());
        facets.add("generated=" + h.generated());
        for (Officer o : h.officers()) {
            facets.add("outcome=" + o.outcome());
            facets.add("finding=" + o.finding());
            if (o.rank() != null) {
                facets.add("rank=" + o.rank());
            }
            if (o.status() != null) {
                facets.add("status=" + o.status());
                facets.add("serving=" + !o.status().former());
            }
            facets.add("barred=" + o.barredList());
            o.standardsBreached().forEach(s -> facets.add("standard=" + s));
        }
        return facets;
    }

    /** Every facet the filter requires (the date range is a key range, not a facet). */
    static List<String> of(HearingFilter f) {
        List<String> facets = new ArrayList<>();
        add(facets, "force", f.force());
        add(facets, "type", f.hearingType());
        add(facets, "outcome", f.outcome());
        add(facets, "finding", f.finding());
        add(facets, "standard", f.standard());
        add(facets, "rank", f.rank());
        add(facets, "status", f.status());
        add(facets, "serving", f.serving());
        add(facets, "barred", f.barredList());
        add(facets, "generated", f.generated());
        return facets;
    }

    private static void add(List<String> facets, String name, Object value) {
        if (value != null) {
            facets.add(name + "=" + value);
        }
    }
}
