package org.openhearings.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Field-level comparison of drafted records with expected ones. Fields are compared by path
 * ("officers[1].outcome"), scored by kind ("officers[].outcome"): a drafted field equal to the expected one is
 * a true positive; a drafted field that is wrong or not expected lowers precision; an expected field missed
 * or wrong lowers recall. Standards compare as sets. Editorial fields and the source are not facts to score.
 */
final class FieldScore {
    private static final Set<String> NOT_SCORED = Set.of("title", "conduct", "conductCategories", "summary", "evidence.description",
            "otherPeople[].role", "officers[].allegations[].description", "source.url", "source.title", "source.publisher", "source.published", "generated");

    /** Counts for one kind of field. */
    static final class Counts {
        int truePositives;
        int drafted;
        int expected;

        double precision() {
            return drafted == 0 ? 1.0 : (double) truePositives / drafted;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    private final Map<String, Counts> byKind = new TreeMap<>();
    private final List<String> differences = new ArrayList<>();

    void compare(String name, Map<String, Object> expected, Map<String, Object> drafted) {
        Map<String, Object> want = flatten(expected);
        Map<String, Object> got = flatten(drafted);
        Set<String> paths = new HashSet<>(want.keySet());
        paths.addAll(got.keySet());
        for (String path : sorted(paths)) {
            String kind = path.replaceAll("\\[\\d+]", "[]");
            if (NOT_SCORED.contains(kind)) {
                continue;
            }
            Counts counts = byKind.computeIfAbsent(kind, k -> new Counts());
            Object w = want.get(path);
            Object g = got.get(path);
            if (w != null) {
                counts.expected++;
            }
            if (g != null) {
                counts.drafted++;
            }
            if (w != null && same(w, g)) {
                counts.truePositives++;
            } else {
                differences.add(name + " " + path + ": expected " + w + ", drafted " + g);
            }
        }
    }

    private static List<String> sorted(Set<String> paths) {
        return paths.stream().sorted().toList();
    }

    private static boolean same(Object expected, Object drafted) {
        if (expected instanceof List<?> a && drafted instanceof List<?> b) {
            // Standards are a set; dates are a sequence.
            return a.stream().anyMatch(item -> item.toString().matches("\\d{4}.*")) ? a.equals(b) : new HashSet<>(a).equals(new HashSet<>(b));
        }
        return expected.toString().equals(String.valueOf(drafted));
    }

    /** Nested maps and lists of maps become paths; a list of plain values stays one value. */
    static Map<String, Object> flatten(Map<String, Object> record) {
        Map<String, Object> flat = new TreeMap<>();
        flatten("", record, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, Object> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, into));
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (value != null) {
            into.put(prefix, value);
        }
    }

    Map<String, Counts> byKind() {
        return byKind;
    }

    Counts total() {
        Counts total = new Counts();
        byKind.values().forEach(c -> {
            total.truePositives += c.truePositives;
            total.drafted += c.drafted;
            total.expected += c.expected;
        });
        return total;
    }

    List<String> differences() {
        return differences;
    }

    String report() {
        StringBuilder text = new StringBuilder(String.format("%-34s %9s %9s %6s %6s%n", "field", "precision", "recall", "drafted", "expected"));
        byKind.forEach((kind, c) -> text.append(String.format("%-34s %9.2f %9.2f %6d %6d%n", kind, c.precision(), c.recall(), c.drafted, c.expected)));
        Counts t = total();
        text.append(String.format("%-34s %9.2f %9.2f %6d %6d%n", "ALL FIELDS", t.precision(), t.recall(), t.drafted, t.expected));
        return text.toString();
    }
}
