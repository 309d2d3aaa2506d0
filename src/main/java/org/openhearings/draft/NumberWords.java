package org.openhearings.draft;

import java.util.List;
import java.util.Locale;

/** Small counts as prose writes them: "eight", "8", "two", "a"; "6,000". */
final class NumberWords {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

    /** A regex alternation of the number words and digit groups. */
    static final String PATTERN = "(?:" + String.join("|", WORDS) + "|\\d{1,3}(?:,\\d{3})+|\\d+)";

    private NumberWords() {
    }

    /** The value of a number word or digits; null if it is neither. */
    static Integer value(String text) {
        String word = text.toLowerCase(Locale.ROOT).trim();
        int index = WORDS.indexOf(word);
        if (index >= 0) {
            return index;
        }
        if (word.matches("\\d{1,3}(?:,\\d{3})+|\\d{1,9}")) {
            return Integer.valueOf(word.replace(",", ""));
        }
        return word.equals("a") || word.equals("an") ? 1 : null;
    }
}
