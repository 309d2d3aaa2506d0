package org.openhearings.store;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published fields differ between two versions of a record, as paths: top-level fields by name,
 * officers field by field ({@code officers[1].outcome}), so a correction says what it corrected.
 */
final class ChangedFields {
    private static final Set<String> NOT_CONTENT = Set.of("publication");

    private ChangedFields() {
    }

    static List<String> between(JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        for (String field : names(before, after)) {
            if (NOT_CONTENT.contains(field)) {
                continue;
            }
            JsonNode a = before.get(field);
            JsonNode b = after.get(field);
            if (field.equals("officers") && a != null && b != null && a.isArray() && b.isArray()) {
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    JsonNode x = i < a.size() ? a.get(i) : null;
                    JsonNode y = i < b.size() ? b.get(i) : null;
                    if (x == null || y == null) {
                        changed.add("officers[" + i + "]");
                    } else {
                        for (String inner : names(x, y)) {
                            if (!same(x.get(inner), y.get(inner))) {
                                changed.add("officers[" + i + "]." + inner);
                            }
                        }
                    }
                }
            } else if (!same(a, b)) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static Set<String> names(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] {a, b}) {
            if (node != null && node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.entries()) {
                    names.add(entry.getKey());
                }
            }
        }
        return names;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull();
        boolean bEmpty = b == null || b.isNull();
        return aEmpty || bEmpty ? aEmpty == bEmpty : a.equals(b);
    }
}
