package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operator's not-a-name phrases: where they occur (compared folded), and what they may not approve.
 * A phrase may account for words ("Young officers", "Bexley Neighbourhood Team"), never for a name: not a
 * listed person's name or a part of it that is no ordinary word, not a phrase made only of a listed
 * person's name parts and titles, not a known given or family name that is no English word, and not a
 * title followed by a word ("PC Smith").
 */
public final class NotNameRules {
    private static final WordClasses WORDS = WordClasses.get();
    private static final Lexicon LEXICON = Lexicon.get();

    private final List<PersonName> people;
    private final NameLeakGuard guard;

    public NotNameRules(List<Identity> people) {
        this.people = people.stream().map(p -> PersonName.of(p.name())).toList();
        this.guard = new NameLeakGuard(people);
    }

    /** Why the phrase may not be approved, if it may not. */
    public Optional<String> objection(String phrase) {
        if (!guard.peopleNamedIn(phrase).isEmpty()) {
            return Optional.of("contains a listed person's name");
        }
        List<Token> tokens = Words.tokensOf(phrase);
        boolean onlyNameWords = !tokens.isEmpty();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.text();
            boolean listed = people.stream().anyMatch(p -> p.parts().contains(word) || p.initials().contains(word));
            if (listed && !LEXICON.isEnglishWord(word)) {
                return Optional.of("contains a listed person's name");
            }
            if (LEXICON.isPersonName(word) && !LEXICON.isEnglishWord(word) && !LEXICON.isFixedWord(word)
                    && !WORDS.isVocabulary(word) && !WORDS.isTitle(word)) {
                return Optional.of("contains a known given or family name");
            }
            if (i > 0 && token.capitalised() && tokens.get(i - 1).capitalised() && WORDS.isTitle(tokens.get(i - 1).text())
                    && !WORDS.isTitle(word) && !tokens.get(i - 1).text().startsWith("officer")) {
                return Optional.of("is a title followed by a word");
            }
            onlyNameWords &= listed || WORDS.isTitle(word) || WORDS.isFunctionWord(word);
        }
        return onlyNameWords ? Optional.of("is made only of a listed person's name and titles") : Optional.empty();
    }

    /** The [start, end) stretches of the text where any of the phrases occurs. */
    public static List<int[]> occurrences(String text, List<String> phrases) {
        List<int[]> stretches = new ArrayList<>();
        FoldedText view = FoldedText.joined(text);
        for (String phrase : phrases) {
            String folded = FoldedText.of(phrase);
            if (folded.isEmpty()) {
                continue;
            }
            for (int at = view.folded().indexOf(folded); at >= 0; at = view.folded().indexOf(folded, at + 1)) {
                stretches.add(new int[] {view.originalStart(at), view.originalEnd(at + folded.length())});
            }
        }
        return stretches;
    }

    /** Whether a phrase occurs in the text at all (an operator's not-a-name phrase must). */
    public static boolean occursIn(String text, String phrase) {
        return text != null && !FoldedText.of(phrase).isEmpty() && FoldedText.joined(text).folded().contains(FoldedText.of(phrase));
    }
}
