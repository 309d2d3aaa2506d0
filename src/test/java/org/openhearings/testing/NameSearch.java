package org.openhearings.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the tests look for names: every person named in raw input (officers and other people, with
 * warrant numbers), and whether any part of them occurs as a whole word in published output.
 * Deliberately independent of the anonymiser's own code, so it cannot share its blind spots.
 */
public final class NameSearch {
    private NameSearch() {
    }

    /** Names and warrant numbers of everyone in raw records (one record or an array of them). */
    public static List<String> namesIn(String rawJson, JsonMapper json) {
        try {
            JsonNode root = json.readValue(rawJson, JsonNode.class);
            List<String> names = new ArrayList<>();
            (root.isArray() ? root.values() : List.of(root)).forEach(record -> {
                collect(record.get("officers"), names);
                collect(record.get("otherPeople"), names);
            });
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode people, List<String> into) {
        if (people == null) {
            return;
        }
        for (JsonNode person : people.values()) {
            into.add(person.get("name").getStringValue());
            JsonNode warrant = person.get("warrantNumber");
            if (warrant != null) {
                into.add(warrant.getStringValue());
            }
        }
    }

    /** Parts of the names (two letters or more) found in the text as whole words, ignoring case. */
    public static List<String> tokensFound(List<String> names, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return names.stream()
                .flatMap(name -> Arrays.stream(name.split("[\\s\\-]+")))
                .filter(token -> token.length() >= 2)
                .map(token -> token.toLowerCase(Locale.ROOT))
                .distinct()
                .filter(token -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(token) + "(?![\\p{L}\\p{N}])")
                        .matcher(lower).find())
                .toList();
    }
}
