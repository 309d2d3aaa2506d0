package org.openhearings.search;

import org.openhearings.domain.InvalidQueryException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code q=} search: words and "quoted phrases", every one of which a hearing must hold (AND), each
 * analysed as the index is. Stop words drop out ("abuse of power" is the phrase abus power); a query of
 * stop words only is refused rather than answered with everything.
 */
public record SearchQuery(List<List<String>> clauses) {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_CLAUSES = 8;
    private static final Pattern CLAUSE = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");

    public static SearchQuery parse(String q) {
        if (q.length() > MAX_LENGTH) {
            throw new InvalidQueryException("q", "at most " + MAX_LENGTH + " characters");
        }
        List<List<String>> clauses = new ArrayList<>();
        Matcher m = CLAUSE.matcher(q);
        while (m.find()) {
            List<String> terms = SearchAnalyser.terms(m.group(1) != null ? m.group(1) : m.group(2), MAX_LENGTH);
            if (!terms.isEmpty() && !clauses.contains(terms)) {
                clauses.add(terms);
            }
        }
        if (clauses.isEmpty()) {
            throw new InvalidQueryException("q", "has no word to search for (very common words such as \"the\" are not indexed)");
        }
        if (clauses.size() > MAX_CLAUSES) {
            throw new InvalidQueryException("q", "at most " + MAX_CLAUSES + " words or quoted phrases");
        }
        return new SearchQuery(List.copyOf(clauses));
    }

    /**
     * The term whose index partition a search reads: the longest, as the likeliest to be rare (the index
     * keeps no count per term, which would cost an update per term on every write).
     */
    public String partitionTerm() {
        return clauses.stream().flatMap(List::stream).max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    public boolean matches(SearchText text) {
        return clauses.stream().allMatch(text::holds);
    }
}
