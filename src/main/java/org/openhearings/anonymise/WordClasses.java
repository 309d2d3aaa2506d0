package org.openhearings.anonymise;

import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.Labelled;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which folded words are titles, function words or ordinary words that may also be names
 * (resources/anonymise/words.txt), plus every word of our own vocabularies ("Kent" of "Kent Police",
 * "Gross" of "gross misconduct"), which a record's text uses as ordinary words.
 */
public final class WordClasses {
    public enum WordClass { TITLES, FUNCTION, PARTICLES, ABBREVIATIONS, MONTHS, COMMON }

    private static final WordClasses INSTANCE = load();

    private final Map<String, WordClass> classes;
    private final Set<String> vocabulary;
    private final List<String> labels;

    private WordClasses(Map<String, WordClass> classes, Set<String> vocabulary, List<String> labels) {
        this.classes = classes;
        this.vocabulary = vocabulary;
        this.labels = labels;
    }

    /** Our vocabularies' labels ("Kent Police", "Final written warning"): fixed phrases of any text. */
    public List<String> vocabularyLabels() {
        return labels;
    }

    public static WordClasses get() {
        return INSTANCE;
    }

    public boolean isTitle(String folded) {
        return classes.get(folded) == WordClass.TITLES;
    }

    /** A pronoun, article, preposition, conjunction, auxiliary or name particle. */
    public boolean isFunctionWord(String folded) {
        return classes.get(folded) == WordClass.FUNCTION || classes.get(folded) == WordClass.PARTICLES;
    }

    /** A particle of names ("van", "bin", "abu", "le"): a name on its own where it stands alone. */
    public boolean isNameParticle(String folded) {
        return classes.get(folded) == WordClass.PARTICLES;
    }

    /** Letters that may be someone's initials ("JS"), not a title or a common abbreviation ("PC", "UK"). */
    public boolean mayBeInitials(String folded) {
        WordClass wordClass = classes.get(folded);
        return wordClass != WordClass.TITLES && wordClass != WordClass.FUNCTION && wordClass != WordClass.PARTICLES
                && wordClass != WordClass.ABBREVIATIONS;
    }

    /** A word of our own vocabularies' labels: "Kent" of "Kent Police", "Gross" of "gross misconduct". */
    public boolean isVocabulary(String folded) {
        return vocabulary.contains(folded);
    }

    public boolean isMonthOrDay(String folded) {
        return classes.get(folded) == WordClass.MONTHS;
    }

    /** A word that may be ordinary prose: a title, a function word or a common word, or one of two letters. */
    public boolean isOrdinary(String folded) {
        return folded.length() <= 2 || classes.containsKey(folded);
    }

    private static WordClasses load() {
        Map<String, WordClass> classes = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        List<String> labels = Stream.of(Force.values(), Rank.values(), Standard.values(), Outcome.values(), Finding.values(),
                        HearingType.values(), OfficerStatus.values())
                .flatMap(Arrays::stream)
                .map(value -> ((Labelled) value).label())
                .toList();
        labels.forEach(label -> Words.tokensOf(label).forEach(t -> vocabulary.add(t.text())));
        vocabulary.forEach(word -> classes.put(word, WordClass.COMMON));
        try (InputStream in = WordClasses.class.getResourceAsStream("/anonymise/words.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            WordClass section = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[")) {
                    section = WordClass.valueOf(trimmed.substring(1, trimmed.length() - 1).toUpperCase(java.util.Locale.ROOT));
                    continue;
                }
                for (String word : trimmed.split("\\s+")) {
                    classes.merge(word, section, (a, b) -> a.ordinal() < b.ordinal() ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordClasses(Map.copyOf(classes), Set.copyOf(vocabulary), labels);
    }
}
