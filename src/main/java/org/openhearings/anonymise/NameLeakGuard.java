package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last check before anything is stored: does a text still name anyone? Ingest refuses the record if
 * so (fail closed), whatever the redactor did. Its rules are its own and context-free, so they do not
 * share the redactor's judgement of where an ordinary word stands as a name: any part of a name that is
 * not an ordinary word, anywhere and in any case; any part after a title; two parts of one name side by
 * side; initials; a warrant number; the name run together inside any longer string. One exception
 * to context: a word after "St" is a place named after a saint ("St Mary's Road").
 */
public final class NameLeakGuard {
    private static final WordClasses WORDS = WordClasses.get();

    private final List<PersonName> people;
    private final List<List<WarrantNumber>> numbers;

    public NameLeakGuard(List<Identity> people) {
        this.people = people.stream().map(p -> PersonName.of(p.name())).toList();
        this.numbers = people.stream().map(p -> p.identifiers().stream().map(WarrantNumber::of)
                .flatMap(Optional::stream).toList()).toList();
    }

    /** Positions (in the list given) of the people whom the text still names. */
    public List<Integer> peopleNamedIn(String text) {
        List<Integer> named = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return named;
        }
        List<FoldedText> views = List.of(FoldedText.joined(text), FoldedText.hyphenated(text));
        List<Words> words = views.stream().map(Words::of).toList();
        List<boolean[]> fixed = words.stream().map(w -> ProtectedPhrases.of(w).fixed()).toList();
        for (int p = 0; p < people.size(); p++) {
            for (int v = 0; v < views.size(); v++) {
                if (names(views.get(v), words.get(v), fixed.get(v), p)) {
                    named.add(p);
                    break;
                }
            }
        }
        return named;
    }

    private boolean names(FoldedText view, Words words, boolean[] fixed, int person) {
        PersonName name = people.get(person);
        if (numbers.get(person).stream().anyMatch(n -> n.pattern().matcher(view.folded()).find())) {
            return true;
        }
        for (String chunk : view.folded().split("\\s+")) {
            String squashed = chunk.replaceAll("[^a-z0-9]", "");
            if (name.runTogether().stream().anyMatch(form -> form.length() >= 6 && squashed.contains(form))) {
                return true;
            }
        }
        List<Token> tokens = words.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (fixed[i]) {
                continue;
            }
            String word = token.text();
            boolean part = name.parts().contains(word);
            if (part && !WORDS.isOrdinary(word) && (word.length() >= 4 || token.capitalised()) && !words.afterSaint(token)) {
                return true;
            }
            if (token.allCaps() && name.initials().contains(word) && WORDS.mayBeInitials(word)) {
                return true;
            }
            if (i > 0 && (afterTitle(tokens.get(i - 1), token, part) || besidePart(name, tokens.get(i - 1), word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterTitle(Token previous, Token token, boolean part) {
        return part && token.capitalised() && previous.capitalised() && WORDS.isTitle(previous.text())
                && !previous.text().startsWith("officer");
    }

    private static boolean besidePart(PersonName name, Token previous, String word) {
        return name.fullForms().stream().anyMatch(form -> form.size() == 2 && form.get(0).equals(previous.text())
                && form.get(1).equals(word));
    }
}
