package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text mentions the listed people: full names in any listed form, single parts where
 * they stand as a name, initials, warrant numbers, and names run into addresses, handles and URLs.
 * Matching is on both folded views of the text; spans are offsets of the original text.
 * <p>
 * A part that is also an ordinary word ("May", "Gross", "Will", "He", "van") counts only where it
 * stands as a name: after a title, inside a full name, or (for common words and months) capitalised
 * mid-sentence away from other capitalised words and dates, or opening a sentence as the subject of a
 * verb such as "said". So "in May 2016" and "gross misconduct" keep their words.
 */
public final class NameMatcher {
    private static final WordClasses WORDS = WordClasses.get();
    private static final Pattern RUN = Pattern.compile("\\S+");
    private static final Pattern LINK_LIKE = Pattern.compile(".*(?:[@/_#\\\\]|www\\.|\\.[a-z]{2,4}\\b).*");
    private static final Lexicon LEXICON = Lexicon.get();
    /** After these a capitalised word names a thing more often than a person: "the Rose and Crown". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");

    /**
     * A stretch of the original text that names some of the people (by their positions in the list), or,
     * if {@code ambiguous}, a listed name part that is also an ordinary word where it could be either.
     */
    public record Span(int start, int end, Set<Integer> people, boolean ambiguous) {
        Span(int start, int end, Set<Integer> people) {
            this(start, end, people, false);
        }
    }

    /** How a single name part stands in its text. */
    private enum Reading { NAME, NOT_A_NAME, AMBIGUOUS }

    private final List<PersonName> people;
    private final List<List<WarrantNumber>> identifiers;
    private final Map<String, Set<Integer>> partOwners = new HashMap<>();

    public NameMatcher(List<PersonName> people, List<List<WarrantNumber>> identifiers) {
        this.people = List.copyOf(people);
        this.identifiers = List.copyOf(identifiers);
        for (int p = 0; p < people.size(); p++) {
            for (String part : people.get(p).parts()) {
                partOwners.computeIfAbsent(part, k -> new TreeSet<>()).add(p);
            }
        }
    }

    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        for (FoldedText view : List.of(FoldedText.joined(text), FoldedText.hyphenated(text))) {
            Words words = Words.of(view);
            for (int p = 0; p < people.size(); p++) {
                fullForms(words, p, found);
                initials(words, p, found);
                runTogether(view, p, found);
                for (WarrantNumber number : identifiers.get(p)) {
                    Matcher m = number.pattern().matcher(view.folded());
                    while (m.find()) {
                        found.add(new Span(view.originalStart(m.start()), view.originalEnd(m.end()), Set.of(p)));
                    }
                }
            }
            singleParts(words, found);
        }
        return resolve(found);
    }

    private void fullForms(Words words, int person, List<Span> found) {
        List<Token> tokens = words.tokens();
        PersonName name = people.get(person);
        for (List<String> form : name.fullForms()) {
            for (int i = 0; i + form.size() <= tokens.size(); i++) {
                if (matchesForm(words, i, form, name)) {
                    found.add(span(words, i, i + form.size() - 1, Set.of(person)));
                }
            }
        }
    }

    private static boolean matchesForm(Words words, int at, List<String> form, PersonName name) {
        for (int k = 0; k < form.size(); k++) {
            Token token = words.tokens().get(at + k);
            String element = form.get(k);
            boolean initialForName = element.length() == 1 && k < form.size() - 1 && token.capitalised()
                    && name.hasGivenInitial(element.charAt(0)) && token.text().charAt(0) == element.charAt(0);
            if (!token.text().equals(element) && !initialForName) {
                return false;
            }
            if (k > 0 && !joinsName(words, words.tokens().get(at + k - 1), token)) {
                return false;
            }
        }
        return true;
    }

    private void initials(Words words, int person, List<Span> found) {
        List<Token> tokens = words.tokens();
        Set<String> initials = people.get(person).initials();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.allCaps() && initials.contains(token.text()) && WORDS.mayBeInitials(token.text())) {
                found.add(new Span(token.start(), token.end(), Set.of(person)));
            }
            StringBuilder letters = new StringBuilder();
            int j = i;
            while (j < tokens.size() && tokens.get(j).text().length() == 1 && tokens.get(j).capitalised()
                    && (j == i || words.gapBefore(tokens.get(j)).matches("\\.? ?"))) {
                letters.append(tokens.get(j).text());
                j++;
            }
            if (j - i >= 2 && initials.contains(letters.toString()) && WORDS.mayBeInitials(letters.toString())) {
                found.add(new Span(token.start(), tokens.get(j - 1).end(), Set.of(person)));
            }
        }
    }

    /** Addresses, handles and URLs: a name run together with other text is found inside the whole run. */
    private void runTogether(FoldedText view, int person, List<Span> found) {
        Matcher chunk = RUN.matcher(view.folded());
        PersonName name = people.get(person);
        while (chunk.find()) {
            String run = chunk.group();
            if (!LINK_LIKE.matcher(run).matches()) {
                continue;
            }
            String squashed = run.replaceAll("[^a-z0-9]", "");
            boolean named = name.runTogether().stream().anyMatch(form -> form.length() >= 5 && squashed.contains(form))
                    || name.parts().stream().anyMatch(part -> part.length() >= 4 && !WORDS.isOrdinary(part) && squashed.contains(part));
            if (named) {
                found.add(new Span(view.originalStart(chunk.start()), view.originalEnd(chunk.end()), Set.of(person)));
            }
        }
    }

    private void singleParts(Words words, List<Span> found) {
        boolean headline = words.titleCase();
        ProtectedPhrases.Marks marks = ProtectedPhrases.of(words);
        for (Token token : words.tokens()) {
            Set<Integer> owners = partOwners.get(token.text());
            if (owners == null || marks.fixed()[token.index()] || marks.longPlace()[token.index()]) {
                continue;
            }
            // A name that is also a town, where a town stands ("in Preston"): the operator says which.
            Reading reading = marks.placeInContext()[token.index()] ? Reading.AMBIGUOUS : reading(words, token, headline);
            if (reading != Reading.NOT_A_NAME) {
                int first = token.index();
                Span span = span(words, first, first, owners);
                found.add(reading == Reading.AMBIGUOUS ? new Span(token.start(), token.end(), owners, true) : span);
            }
        }
    }

    /**
     * A part that is no English word is a name wherever it stands. One that is (Wood, Grace, Young) is a
     * name after a title or capitalised before what follows a name ("Wood then kicked", "Grace asked");
     * never in lower case; and where capitals say nothing (a sentence's first word, a headline, capitals
     * throughout) or it stands among other capitalised words, it could be either: ambiguous.
     */
    private Reading reading(Words words, Token token, boolean headline) {
        String word = token.text();
        if (words.afterSaint(token)) {
            return Reading.NOT_A_NAME;
        }
        if (!WORDS.isOrdinary(word) && !LEXICON.isEnglishWord(word)) {
            return word.length() >= 4 || token.capitalised() ? Reading.NAME : Reading.NOT_A_NAME;
        }
        if (afterTitle(words, token.index())) {
            return Reading.NAME;
        }
        Token previous = neighbour(words, token.index() - 1);
        Token next = neighbour(words, token.index() + 1);
        if (WORDS.isFunctionWord(word) && !WORDS.isNameParticle(word)) {
            return Reading.NOT_A_NAME;
        }
        if (!token.capitalised()) {
            // In mixed case a lower-case word is never a name; where case says nothing, it may be.
            return !words.caseless() ? Reading.NOT_A_NAME : WordScreen.cueFollows(words, token) ? Reading.NAME : Reading.AMBIGUOUS;
        }
        if (WORDS.isTitle(word) || WORDS.isNameParticle(word)) {
            // "Sergeant Jones", "van Dijk": a title or particle before a name is not one; alone, it may be.
            if (next != null && next.capitalised() && joinsName(words, token, next)) {
                return Reading.NOT_A_NAME;
            }
            return WordScreen.cueFollows(words, token) ? Reading.NAME : Reading.AMBIGUOUS;
        }
        if (WORDS.isMonthOrDay(word) && WordScreen.besideDayOrYear(words, token)) {
            return Reading.NOT_A_NAME;
        }
        if (WORDS.isMonthOrDay(word) && WordScreen.inDate(words, token)) {
            return Reading.AMBIGUOUS; // "between May and the officer": a month, or the listed May
        }
        if (WordScreen.cueFollows(words, token)) {
            return Reading.NAME;
        }
        if (token.sentenceInitial() || headline || token.allCaps() || capitalisedOther(previous) || capitalisedOther(next)
                || previous != null && DETERMINERS.contains(previous.text())) {
            return Reading.AMBIGUOUS;
        }
        return Reading.NAME;
    }

    private Token neighbour(Words words, int index) {
        return index < 0 || index >= words.tokens().size() ? null : words.tokens().get(index);
    }

    /** A capitalised word that is not a name part nor opening a sentence: "Rose Street", "Gross Misconduct". */
    private boolean capitalisedOther(Token token) {
        return token != null && token.capitalised() && !token.sentenceInitial() && !token.isNumber()
                && !partOwners.containsKey(token.text());
    }

    private static boolean afterTitle(Words words, int index) {
        if (index == 0) {
            return false;
        }
        Token previous = words.tokens().get(index - 1);
        return isTitleWritten(previous) && joinsName(words, previous, words.tokens().get(index));
    }

    private static boolean isTitleWritten(Token token) {
        return WORDS.isTitle(token.text()) && token.capitalised() && !token.text().equals("officer")
                && !token.text().equals("officers");
    }

    /**
     * The span of words first..last, widened over the titles before it ("PC", "Detective Sergeant") and a
     * collar number between title and name ("PC 6231 Jordan Ackroyd"): the number is the officer's too.
     */
    private static Span span(Words words, int first, int last, Set<Integer> people) {
        int from = first;
        while (from > 0 && joinsName(words, words.tokens().get(from - 1), words.tokens().get(from))) {
            Token previous = words.tokens().get(from - 1);
            boolean collarNumber = previous.isNumber() && from > 1 && isTitleWritten(words.tokens().get(from - 2))
                    && words.gapBefore(previous).equals(" ");
            if (!isTitleWritten(previous) && !collarNumber) {
                break;
            }
            from--;
        }
        return new Span(words.tokens().get(from).start(), words.tokens().get(last).end(), people);
    }

    /** What may stand between two words of one name: a space, a hyphen, a full stop, an apostrophe. */
    /**
     * Whether two neighbouring words may be one name's: across a full stop only after an initial or an
     * abbreviated title ("J. Smith", "Sgt. Wood"), never across a sentence's end ("justice. Colin").
     */
    private static boolean joinsName(Words words, Token left, Token right) {
        String gap = words.gapBefore(right);
        return isNameGap(gap) && (gap.indexOf('.') < 0 || left.text().length() == 1 || WORDS.isTitle(left.text()) && left.text().length() <= 4);
    }

    private static boolean isNameGap(String gap) {
        return gap.length() <= 3 && !gap.isEmpty() && gap.chars().allMatch(c -> " -.'\n".indexOf(c) >= 0);
    }

    /** The longest span wins where spans overlap; spans that partly overlap are joined. */
    private static List<Span> resolve(List<Span> found) {
        found.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> resolved = new ArrayList<>();
        for (Span span : found) {
            Span last = resolved.isEmpty() ? null : resolved.get(resolved.size() - 1);
            if (last != null && span.start() < last.end()) {
                if (span.end() > last.end() || last.ambiguous() && !span.ambiguous()) {
                    Set<Integer> owners = new TreeSet<>(last.people());
                    owners.addAll(span.people());
                    resolved.set(resolved.size() - 1, new Span(last.start(), Math.max(span.end(), last.end()), owners,
                            last.ambiguous() && span.ambiguous()));
                }
            } else {
                resolved.add(span);
            }
        }
        return resolved;
    }
}
