package org.openhearings.search;

import org.openhearings.domain.Hearing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What free-text search reads of a hearing: its title, conduct and summary as terms. {@code stream} is the
 * terms in order between single spaces (" racist messag sent "), so a term or a phrase is a substring test
 * DynamoDB can make in a filter expression; {@code terms} are the distinct ones, each a partition of the
 * search index. Bounded: the first {@link #MAX_TERMS} terms of a record are searchable (a summary is a
 * paragraph; this bound keeps a write's cost fixed even for a record near the size limit).
 */
public record SearchText(String stream, Set<String> terms) {
    public static final int MAX_TERMS = 600;

    public static SearchText of(Hearing h) {
        List<String> terms = SearchAnalyser.terms(String.join("\n", h.title(), h.conduct(), h.summary()), MAX_TERMS);
        return new SearchText(" " + String.join(" ", terms) + " ", new LinkedHashSet<>(terms));
    }

    /** Whether the text holds the phrase's terms together, in order (one term: the term anywhere). */
    public boolean holds(List<String> phrase) {
        return stream.contains(" " + String.join(" ", phrase) + " ");
    }
}
