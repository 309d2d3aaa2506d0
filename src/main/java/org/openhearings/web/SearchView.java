package org.openhearings.web;

import org.openhearings.domain.HearingSummary;

import java.util.List;
import java.util.Map;

/**
 * What the search page shows: the filters as submitted (to refill the form), one page of results,
 * the total where it is cheap to know, links to the next page and to the same query as JSON, CSV and a feed,
 * and an error message for a filter that could not be read.
 */
public record SearchView(Map<String, String> selected, List<HearingSummary> items, Long total, String nextUrl,
                         String jsonUrl, String csvUrl, String feedUrl, String error) {

    public String selected(String name) {
        return selected.getOrDefault(name, "");
    }

    public boolean filtered() {
        return !selected.isEmpty();
    }
}
