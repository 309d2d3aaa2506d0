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
        if (h.conductCategories() != null) {
            h.conductCategories().forEach(c -> facets.add("category=" + c));
        }
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

    /**
     * The facets the filter requires, in groups: a hearing must hold at least one facet of each group (the
     * date range is a key range, not a facet).
     */
    static List<List<String>> of(HearingFilter f) {
        List<List<String>> groups = new ArrayList<>();
        add(groups, "force", f.forces());
        add(groups, "type", f.hearingTypes());
        add(groups, "category", f.categories());
        add(groups, "outcome", f.outcomes());
        add(groups, "finding", f.findings());
        add(groups, "standard", f.standards());
        add(groups, "rank", f.ranks());
        add(groups, "status", f.statuses());
        add(groups, "serving", f.serving() == null ? Set.of() : Set.of(f.serving()));
        add(groups, "barred", f.barredList() == null ? Set.of() : Set.of(f.barredList()));
        add(groups, "generated", f.generated() == null ? Set.of() : Set.of(f.generated()));
        return groups;
    }

    private static void add(List<List<String>> groups, String name, Set<?> values) {
        if (!values.isEmpty()) {
            groups.add(values.stream().map(v -> name + "=" + v).sorted().toList());
        }
    }
}
