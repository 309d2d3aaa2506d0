package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways a text may write one person's name, all folded: full forms (given names with their
 * nicknames, initials, surname first or last, any run of two or more parts), the single parts that may
 * stand alone, initials written as one word ("JS"), and the name run together as in an address
 * ("johnsmith", "jsmith"). Titles in the name field ("PC", "Commander") are not part of the name.
 */
public final class PersonName {
    private static final WordClasses WORDS = WordClasses.get();

    private final Set<List<String>> fullForms = new LinkedHashSet<>();
    private final Set<String> parts = new LinkedHashSet<>();
    private final Set<String> initials = new LinkedHashSet<>();
    private final Set<String> runTogether = new LinkedHashSet<>();
    private final Set<Character> givenInitials = new LinkedHashSet<>();

    private PersonName() {
    }

    /** An empty name (an officer anonymous at source) has no forms and matches nothing. */
    public static PersonName of(String name) {
        PersonName person = new PersonName();
        if (name != null) {
            for (String spelling : spellings(name)) {
                person.addForms(words(spelling));
            }
        }
        return person;
    }

    /** The name as written, and with German-style umlauts spelt out (Müller: Muller and Mueller). */
    private static List<String> spellings(String name) {
        String spelt = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ø", "oe")
                .replace("å", "aa").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("Ø", "Oe");
        return spelt.equals(name) ? List.of(name) : List.of(name, spelt);
    }

    /** The name's words (split at spaces and hyphens), each as its folded parts, titles left out. */
    private static List<List<String>> words(String name) {
        List<List<String>> words = new ArrayList<>();
        for (String word : FoldedText.of(name).split("[\\s\\-]+")) {
            List<String> parts = Words.tokensOf(word).stream().map(Token::text).toList();
            boolean title = parts.size() == 1 && words.isEmpty()
                    && (WORDS.isTitle(parts.get(0)) || parts.get(0).equals("former"));
            if (!parts.isEmpty() && !title) {
                words.add(parts);
            }
        }
        return words;
    }

    private void addForms(List<List<String>> words) {
        if (words.isEmpty()) {
            return;
        }
        List<String> all = words.stream().flatMap(List::stream).toList();
        List<String> surname = words.get(words.size() - 1);
        List<List<String>> given = words.subList(0, words.size() - 1);

        for (int from = 0; from < all.size(); from++) {
            for (int to = from + 2; to <= all.size(); to++) {
                List<String> run = all.subList(from, to);
                if (!run.stream().allMatch(WORDS::isFunctionWord)) { // "de la" of "de la Cruz" is no name
                    fullForms.add(List.copyOf(run));
                }
            }
        }
        StringBuilder initialsOfAll = new StringBuilder();
        for (List<String> givenWord : given) {
            String first = givenWord.get(0);
            initialsOfAll.append(first.charAt(0));
            if (first.length() == 1) {
                givenInitials.add(first.charAt(0));
            }
            Set<String> variants = first.length() == 1 ? Set.of(first) : Nicknames.get().variants(String.join("", givenWord));
            for (String variant : variants) {
                fullForms.add(concat(List.of(variant), surname));
                fullForms.add(concat(surname, List.of(variant)));
                runTogether.add(variant + String.join("", surname));
                if (!WORDS.isOrdinary(variant)) {
                    parts.add(variant);
                }
            }
            fullForms.add(concat(List.of(first.substring(0, 1)), surname));
            runTogether.add(first.charAt(0) + String.join("", surname));
            runTogether.add(String.join("", surname) + first.charAt(0));
        }
        if (given.size() > 1) {
            List<String> spaced = new ArrayList<>();
            initialsOfAll.chars().forEach(c -> spaced.add(String.valueOf((char) c)));
            fullForms.add(concat(spaced, surname));
        }
        initialsOfAll.append(surname.get(0).charAt(0));
        if (initialsOfAll.length() >= 2 && !WORDS.isTitle(initialsOfAll.toString())) {
            initials.add(initialsOfAll.toString());
        }
        for (List<String> word : words) {
            for (String part : word) {
                if (part.length() >= 2) {
                    parts.add(part);
                }
            }
            if (word.size() > 1) {
                parts.add(String.join("", word)); // O'Neil written ONeil
            }
        }
        if (surname.size() == 1 && words.size() > 1 && given.get(given.size() - 1).size() == 1
                && WORDS.isFunctionWord(given.get(given.size() - 1).get(0))) {
            parts.add(given.get(given.size() - 1).get(0) + surname.get(0)); // van Dijk written Vandijk
        }
        runTogether.add(String.join("", all));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }

    /** Two or more words that name this person together ("john smith", "j smith", "smith john"). */
    public Set<List<String>> fullForms() {
        return fullForms;
    }

    /** Parts that may name the person on their own, nicknames included. */
    public Set<String> parts() {
        return parts;
    }

    /** Initials of the whole name written as one word: "js" for John Smith. */
    public Set<String> initials() {
        return initials;
    }

    /** The name run together, as in an e-mail address, handle or URL ("johnsmith", "jsmith"). */
    public Set<String> runTogether() {
        return runTogether;
    }

    /** A given name written as an initial in the name field ("J. Smith") also stands for any name with that initial. */
    public boolean hasGivenInitial(char initial) {
        return givenInitials.contains(initial);
    }
}
