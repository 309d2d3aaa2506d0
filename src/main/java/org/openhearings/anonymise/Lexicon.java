package org.openhearings.anonymise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The maintained lists free text is accounted for against, all folded: English words (SCOWL), places of
 * the United Kingdom and Ireland (GeoNames), people's given and family names (faker's data and the
 * nicknames list), and the hand-written fixed words and phrases of policing, law, faith and nationality.
 * Each list's source and licence lie beside it in resources/anonymise.
 */
public final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    private final Set<String> englishWords = new HashSet<>();
    private final Set<String> personNames = new HashSet<>();
    private final Set<String> fixedWords = new HashSet<>();
    private final PhraseIndex fixedPhrases;
    private final PhraseIndex places;

    private Lexicon() {
        lines("english-words.txt", word -> {
            if (word.length() > 1 || word.equals("a") || word.equals("i")) {
                englishWords.add(word);
            }
        });
        lines("person-names.txt", personNames::add);
        personNames.addAll(Nicknames.get().givenNames());
        List<String> phrases = new ArrayList<>();
        String[] section = {""};
        lines("fixed-phrases.txt", line -> {
            if (line.startsWith("[")) {
                section[0] = line;
            } else if (section[0].equals("[words]")) {
                for (String word : line.split("\\s+")) {
                    fixedWords.add(FoldedText.of(word));
                }
            } else {
                phrases.add(line);
            }
        });
        // Labels of several words ("Kent Police"); a one-word label ("Sergeant") may be a surname, so is no phrase.
        WordClasses.get().vocabularyLabels().stream().filter(label -> label.strip().contains(" ")).forEach(phrases::add);
        fixedPhrases = new PhraseIndex(phrases);
        List<String> placeNames = new ArrayList<>();
        lines("places.txt", placeNames::add);
        places = new PhraseIndex(placeNames);
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    /** A word of the English word list (single letters other than "a" and "I" left out: they may be initials). */
    public boolean isEnglishWord(String folded) {
        return englishWords.contains(folded);
    }

    /** A given name or family name somebody has. */
    public boolean isPersonName(String folded) {
        return personNames.contains(folded);
    }

    /** A word of policing, law, faith, nationality or a festival that may stand capitalised anywhere. */
    public boolean isFixedWord(String folded) {
        return fixedWords.contains(folded);
    }

    public PhraseIndex fixedPhrases() {
        return fixedPhrases;
    }

    public PhraseIndex places() {
        return places;
    }

    private static void lines(String resource, Consumer<String> into) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/anonymise/" + resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    into.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
