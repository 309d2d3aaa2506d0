package org.openhearings.anonymise;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The parts of a name that identify someone on their own, and how to match them as whole words. */
final class NameTokens {
    /** Initials and one-letter parts identify nobody and would match ordinary words. */
    private static final int SHORTEST_TOKEN = 2;

    private NameTokens() {
    }

    static List<String> of(String name) {
        return Arrays.stream(name.split("[\\s\\-]+"))
                .map(token -> token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(token -> token.length() >= SHORTEST_TOKEN)
                .toList();
    }

    /** A literal matched case-insensitively, never inside a longer word ("Ann" not in "annual"). */
    static String wholeWord(String literal) {
        return "(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}])";
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
