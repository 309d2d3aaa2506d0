package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of several words (places, fixed phrases) found in a text's words, longest first. Words are
 * compared folded; between two words of a phrase the text may have a space, hyphen, apostrophe or comma.
 */
public final class PhraseIndex {
    /** Where a phrase stands: its first word's index and the index after its last. */
    public record Match(int from, int to) {
    }

    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    PhraseIndex(Iterable<String> phrases) {
        for (String phrase : phrases) {
            List<String> words = Words.tokensOf(phrase).stream().map(Token::text).toList();
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(List<String>::size).reversed()));
    }

    /** Every phrase in the text, longest at each word, not overlapping. */
    public List<Match> find(Words words) {
        List<Match> found = new ArrayList<>();
        List<Token> tokens = words.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int length = longestAt(words, i);
            if (length > 0) {
                found.add(new Match(i, i + length));
                i += length;
            } else {
                i++;
            }
        }
        return found;
    }

    private int longestAt(Words words, int at) {
        List<Token> tokens = words.tokens();
        for (List<String> phrase : byFirstWord.getOrDefault(tokens.get(at).text(), List.of())) {
            if (at + phrase.size() <= tokens.size() && matches(words, at, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static boolean matches(Words words, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            Token token = words.tokens().get(at + k);
            if (!token.text().equals(phrase.get(k)) || k > 0 && !joins(words.gapBefore(token))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joins(String gap) {
        return !gap.isEmpty() && gap.length() <= 3 && gap.chars().allMatch(c -> " -',".indexOf(c) >= 0);
    }
}
