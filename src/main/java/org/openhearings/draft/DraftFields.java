package org.openhearings.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a draft by path ("officers[2].rank"), each with the sentences it came from; turned into the
 * raw record's nested form at the end, keys in the order the raw format documents them.
 */
final class DraftFields {
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static final List<String> ORDER = List.of("force", "hearingType", "hearingDates", "hearingEnded", "hearingDays", "title",
            "conduct", "summary", "conductPeriod", "conductDate", "from", "to", "investigationStarted", "noticesServed", "restrictedDuties",
            "restrictedDutiesFrom", "evidence", "description", "count", "qualifier", "officerCount", "departures", "resigned", "retired",
            "dismissedForOtherReasons", "officers", "name", "label", "rank", "status", "unitType", "allegations", "standards", "finding",
            "outcome", "warningMonths", "reducedTo", "barredList", "otherPeople", "role", "source", "url", "publisher", "published");

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<Draft.Citation> citations = new ArrayList<>();

    void put(String path, Object value, Sentence from) {
        values.put(path, value);
        cite(path, from);
    }

    /** Adds a sentence that supports a field already drafted (each sentence once per field). */
    void cite(String path, Sentence from) {
        if (from != null && citations.stream().noneMatch(c -> c.field().equals(path) && c.start() == from.start())) {
            citations.add(new Draft.Citation(path, from.start(), from.end(), from.text()));
        }
    }

    boolean has(String path) {
        return values.containsKey(path);
    }

    List<Draft.Citation> citations() {
        List<Draft.Citation> sorted = new ArrayList<>(citations);
        sorted.sort(Comparator.comparing(Draft.Citation::field).thenComparingInt(Draft.Citation::start));
        return sorted;
    }

    /** The raw record: "officers[0].rank" becomes {"officers": [{"rank": …}]}. */
    Map<String, Object> record() {
        Map<String, Object> root = new LinkedHashMap<>();
        values.forEach((path, value) -> place(root, path.split("\\."), 0, value));
        return ordered(root);
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> into, String[] parts, int at, Object value) {
        Matcher indexed = INDEXED.matcher(parts[at]);
        boolean last = at == parts.length - 1;
        if (!indexed.matches()) {
            if (last) {
                into.put(parts[at], value);
            } else {
                place((Map<String, Object>) into.computeIfAbsent(parts[at], k -> new LinkedHashMap<>()), parts, at + 1, value);
            }
            return;
        }
        List<Object> list = (List<Object>) into.computeIfAbsent(indexed.group(1), k -> new ArrayList<>());
        int index = Integer.parseInt(indexed.group(2));
        while (list.size() <= index) {
            list.add(new LinkedHashMap<String, Object>());
        }
        if (last) {
            list.set(index, value);
        } else {
            place((Map<String, Object>) list.get(index), parts, at + 1, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ordered(Map<String, Object> map) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        map.keySet().stream().sorted(Comparator.comparingInt(DraftFields::position)).forEach(key -> {
            Object value = map.get(key);
            if (value instanceof Map<?, ?> nested) {
                value = ordered((Map<String, Object>) nested);
            } else if (value instanceof List<?> list) {
                value = list.stream().map(item -> item instanceof Map<?, ?> m ? ordered((Map<String, Object>) m) : item).toList();
            }
            sorted.put(key, value);
        });
        return sorted;
    }

    private static int position(String key) {
        int at = ORDER.indexOf(key);
        return at < 0 ? ORDER.size() : at;
    }
}
