package org.openhearings.anonymise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fail-closed check of free text: every word must be accounted for, or the text is refused at that
 * word. Accounted for: a lower-case English word; a word opening a sentence, or in a headline or text
 * without case, that is such a word; a number; a vocabulary term, title or fixed word or phrase; a place
 * of the gazetteer where a place stands ("in Norwich", "Norwich Crown Court", a place of several words);
 * and the stretches the caller vouches for (mentions already replaced, officer labels, the operator's
 * not-a-name phrases). Anything else — an unknown capitalised word, a word of another script, letters
 * mixed with digits, a title followed by a capitalised word, capitals that may be initials — is refused,
 * and so is a word that is also a person's name standing as a name does ("Ward said", "Grace asked",
 * "King, 42,"). Identifying details (addresses, numbers, dates of birth) are refused by
 * {@link Identifiers}. A recogniser could only add to this; nothing here trusts one.
 */
public final class WordScreen {
    /** No English word is longer; a longer run is refused before it is analysed (and keeps analysis linear). */
    public static final int MAX_TOKEN = 100;
    private static final WordClasses WORDS = WordClasses.get();
    private static final Lexicon LEXICON = Lexicon.get();
    private static final Pattern OVERLONG = Pattern.compile("\\S{" + (MAX_TOKEN + 1) + "}");
    private static final Pattern MIXED_SHAPES = Pattern.compile(
            "\\d+(?:st|nd|rd|th|s|am|pm|mph|kph|kg|g|mg|ml|ft|in|cm|mm|m|km|k|m|bn|min|mins|hrs|hr|h|yo|yrs|x\\d+)|[amb]\\d{1,4}|\\d+x\\d+");
    private static final Set<String> SHORT_PIECES = Set.of("s", "t", "d", "m", "ll", "re", "ve", "nt", "o", "doesn",
            "couldn", "didn", "wasn", "isn", "aren", "weren", "hasn", "haven", "hadn", "shouldn", "wouldn", "mustn",
            "needn", "shan", "ain", "won", "don");
    private static final Set<String> DATE_WORDS = Set.of("in", "on", "of", "since", "until", "till", "from", "by",
            "during", "early", "late", "mid", "last", "next", "between", "and", "to", "through", "throughout",
            "before", "after", "end", "beginning", "start", "every", "each", "that", "this");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "their",
            "its", "our", "my", "your", "of");
    private static final Set<String> NAME_CUES = Set.of("said", "says", "told", "tells", "admitted", "admits", "denied",
            "denies", "asked", "added", "was", "is", "had", "has", "then", "later", "also", "who", "would", "will",
            "could", "did", "accepted", "claimed", "stated", "confirmed", "explained", "insisted", "replied", "shouted",
            "left", "joined", "resigned", "retired", "wrote", "sent", "pleaded", "appeared", "became", "himself",
            "herself", "tried", "refused", "agreed", "described", "gave", "made", "went", "got", "kept", "took",
            "previously", "subsequently", "allegedly", "repeatedly", "now", "never", "still",
            "punched", "kicked", "hit", "struck", "grabbed", "pushed", "lied", "failed", "knew", "thought", "felt");
    private static final Set<String> LETTER_LABELS = Set.of("officer", "officers", "person", "witness", "complainant",
            "victim", "colleague", "member", "individual", "woman", "man", "child", "suspect", "student", "constable",
            "sergeant", "inspector", "detective", "pcso", "staff", "and", "or");
    private WordScreen() {
    }

    /** Fields and runs too long to analyse, found in one linear pass before anything else reads the text. */
    public static List<ScreenFinding> tooLong(String text, int maxLength) {
        List<ScreenFinding> found = new ArrayList<>();
        if (text.length() > maxLength) {
            found.add(new ScreenFinding(maxLength, text.length(), ScreenRule.OVERLONG_FIELD));
            return found;
        }
        var m = OVERLONG.matcher(text);
        if (m.find()) {
            found.add(new ScreenFinding(m.start(), m.end(), ScreenRule.OVERLONG_TOKEN));
        }
        return found;
    }

    /**
     * What in the text is not accounted for. {@code named} are [start, end) stretches that mention a listed
     * person (replaced: identifying details touching them are that person's); {@code approved} are the
     * operator's not-a-name phrases, whose words are accounted for but whose identifying details are not.
     */
    public static List<ScreenFinding> screen(String text, List<int[]> named, List<int[]> approved) {
        List<ScreenFinding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        for (ScreenFinding identifier : Identifiers.find(text)) {
            if (named.stream().noneMatch(n -> n[0] < identifier.end() && identifier.start() < n[1])) {
                found.add(identifier);
            }
        }
        List<int[]> vouched = new ArrayList<>(named);
        vouched.addAll(approved);
        found.forEach(identifier -> vouched.add(new int[] {identifier.start(), identifier.end()})); // one place, one refusal
        Words words = Words.of(FoldedText.joined(text));
        List<Token> tokens = words.tokens();
        boolean[] covered = new boolean[tokens.size()];
        markVouched(tokens, vouched, covered);
        ProtectedPhrases.Marks marks = ProtectedPhrases.of(words);
        boolean[] protectedPhrase = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            protectedPhrase[i] = marks.fixed()[i] || marks.placeInContext()[i];
            covered[i] = covered[i] || protectedPhrase[i] && tokens.get(i).capitalised();
        }
        boolean caseless = words.caseless() || words.titleCase();
        for (Token token : tokens) {
            if (covered[token.index()]) {
                continue;
            }
            ScreenRule rule = check(words, token, text, caseless, marks, protectedPhrase);
            if (rule != null) {
                found.add(new ScreenFinding(token.start(), token.end(), rule));
            }
        }
        found.sort(java.util.Comparator.comparingInt(ScreenFinding::start));
        return found;
    }

    /** One sweep over tokens and stretches, both in text order: linear in the text. */
    private static void markVouched(List<Token> tokens, List<int[]> vouched, boolean[] covered) {
        List<int[]> sorted = new ArrayList<>(vouched);
        sorted.sort(java.util.Comparator.comparingInt(v -> v[0]));
        int v = 0;
        int reach = -1;
        int reachFrom = -1;
        for (Token token : tokens) {
            while (v < sorted.size() && sorted.get(v)[0] <= token.start()) {
                if (sorted.get(v)[1] > reach) {
                    reach = sorted.get(v)[1];
                    reachFrom = sorted.get(v)[0];
                }
                v++;
            }
            covered[token.index()] = reachFrom <= token.start() && token.end() <= reach;
        }
    }

    private static ScreenRule check(Words words, Token token, String text, boolean caseless, ProtectedPhrases.Marks marks,
                                    boolean[] protectedPhrase) {
        String word = token.text();
        String original = text.substring(token.start(), token.end());
        if (!plainLatin(original)) {
            return ScreenRule.OTHER_SCRIPT;
        }
        if (token.isNumber()) {
            return null;
        }
        if (word.chars().anyMatch(Character::isDigit)) {
            return MIXED_SHAPES.matcher(word).matches() ? null : ScreenRule.MIXED_TOKEN;
        }
        Token previous = token.index() > 0 ? words.tokens().get(token.index() - 1) : null;
        if (previous != null && words.gapBefore(token).equals("'") && SHORT_PIECES.contains(word)) {
            return null; // "officer's", "didn't", "they're"
        }
        if (!token.capitalised() && !caseless) {
            if (!known(word)) {
                return ScreenRule.UNKNOWN_WORD;
            }
            return hyphenatedNames(words, token) ? ScreenRule.POSSIBLE_NAME : null;
        }
        if (word.equals("i") || word.length() == 1 && previous != null
                && (LETTER_LABELS.contains(previous.text()) || afterPersonTitle(words, token))) {
            return null; // "I", and ciphers: "Officer B", "Person A", "Witness C", "Ms X"
        }
        if (!caseless && afterPersonTitle(words, token) && !WORDS.isTitle(word) && !WORDS.isFunctionWord(word)) {
            return ScreenRule.TITLE_AND_NAME;
        }
        boolean accounted;
        if (caseless) {
            accounted = known(word) || WORDS.isMonthOrDay(word);
        } else if (token.allCaps()) {
            accounted = LEXICON.isFixedWord(word) || !WORDS.mayBeInitials(word) || word.length() >= 4 && known(word);
            if (!accounted) {
                return ScreenRule.INITIALS;
            }
        } else {
            accounted = standsAlone(words, token, marks) || token.sentenceInitial() && known(word)
                    || (known(word) || LEXICON.isFixedWord(word) || WORDS.isVocabulary(word) || marks.place()[token.index()])
                    && anchored(words, token, marks);
        }
        if (!accounted) {
            return caseless ? ScreenRule.UNKNOWN_WORD : ScreenRule.UNKNOWN_CAPITALISED;
        }
        if (caseless && words.tokens().size() >= 12 && LEXICON.isPersonName(word) && !WORDS.isFunctionWord(word) && !WORDS.isTitle(word)
                && !WORDS.isVocabulary(word) && !LEXICON.isFixedWord(word) && !protectedPhrase[token.index()]) {
            return ScreenRule.POSSIBLE_NAME; // in prose where case says nothing, any word that is someone's name may be theirs
        }
        return standsAsName(words, token, protectedPhrase) ? ScreenRule.POSSIBLE_NAME : null;
    }

    /**
     * A capitalised word that may stand anywhere: a term of policing, law, faith or nationality, or a
     * place, that is nobody's name; a month or day in a date; a place where a place stands.
     */
    private static boolean standsAlone(Words words, Token token, ProtectedPhrases.Marks marks) {
        String word = token.text();
        boolean name = LEXICON.isPersonName(word);
        boolean term = LEXICON.isFixedWord(word) || WORDS.isVocabulary(word) || WORDS.isTitle(word);
        return term && !name && !WORDS.isMonthOrDay(word)
                || WORDS.isMonthOrDay(word) && (!name || inDate(words, token))
                || marks.placeInContext()[token.index()];
    }

    /**
     * Beside a capitalised word that stands alone, in one name of a thing: "Empress Building", "Appropriate
     * Authority", "Head of Professional Standards", "Vicarage Road". A title is no anchor ("Sergeant Hall").
     */
    private static boolean anchored(Words words, Token token, ProtectedPhrases.Marks marks) {
        for (int step : new int[] {-1, 1}) {
            Token neighbour = capitalisedNeighbour(words, token, step);
            if (neighbour != null && !WORDS.isTitle(neighbour.text()) && standsAlone(words, neighbour, marks)) {
                return true;
            }
        }
        return false;
    }

    /** The next capitalised word in one direction, across a space, hyphen, "of", "the" or a possessive "'s". */
    private static Token capitalisedNeighbour(Words words, Token token, int step) {
        List<Token> tokens = words.tokens();
        Token from = token;
        for (int at = token.index() + step; at >= 0 && at < tokens.size(); at += step) {
            Token next = tokens.get(at);
            String gap = step < 0 ? words.gapBefore(from) : words.gapBefore(next);
            if (!gap.equals(" ") && !gap.equals("-") && !gap.equals("'")) {
                return null;
            }
            if (next.capitalised()) {
                return next;
            }
            if (!next.text().equals("of") && !next.text().equals("the") && !(next.text().equals("s") && gap.equals("'"))) {
                return null;
            }
            from = next;
        }
        return null;
    }

    /** A month or day where a date stands: beside a day or year, or after "in", "on", "since" and the like. */
    static boolean inDate(Words words, Token token) {
        Token previous = token.index() > 0 ? words.tokens().get(token.index() - 1) : null;
        return besideDayOrYear(words, token) || previous != null && DATE_WORDS.contains(previous.text());
    }

    /** "3 June", "June 2020", "June 3," — not "2020 June", "June, 24," or "June 8 days later". */
    static boolean besideDayOrYear(Words words, Token token) {
        List<Token> tokens = words.tokens();
        Token previous = token.index() > 0 ? tokens.get(token.index() - 1) : null;
        Token next = token.index() + 1 < tokens.size() ? tokens.get(token.index() + 1) : null;
        Token afterNext = token.index() + 2 < tokens.size() ? tokens.get(token.index() + 2) : null;
        boolean dayBefore = previous != null && previous.isNumber() && previous.text().length() <= 2;
        boolean numberAfter = next != null && next.isNumber() && words.gapBefore(next).equals(" ")
                && (next.text().length() == 4 || afterNext == null || !words.gapBefore(afterNext).equals(" ")
                || afterNext.capitalised() || afterNext.isNumber());
        return dayBefore || numberAfter;
    }

    /** Two names joined in lower case ("min-jun", "mary-ann"): a hyphenated given name, not a compound word. */
    private static boolean hyphenatedNames(Words words, Token token) {
        List<Token> tokens = words.tokens();
        Token next = token.index() + 1 < tokens.size() ? tokens.get(token.index() + 1) : null;
        Token previous = token.index() > 0 ? tokens.get(token.index() - 1) : null;
        Token other = next != null && words.gapBefore(next).equals("-") ? next
                : previous != null && words.gapBefore(token).equals("-") ? previous : null;
        return other != null && LEXICON.isPersonName(token.text()) && LEXICON.isPersonName(other.text())
                && !WORDS.isFunctionWord(token.text()) && !WORDS.isFunctionWord(other.text());
    }

    private static boolean known(String word) {
        return LEXICON.isEnglishWord(word) || WORDS.isFunctionWord(word) || WORDS.isTitle(word)
                || WORDS.isVocabulary(word) || LEXICON.isFixedWord(word) || SHORT_PIECES.contains(word);
    }

    /**
     * A word that is also someone's name, standing where a name stands: before a verb of saying or doing,
     * before ", 42,", or opening a sentence before a comma ("Field, get back"), not after "the".
     */
    static boolean standsAsName(Words words, Token token, boolean[] protectedPhrase) {
        String word = token.text();
        if (!LEXICON.isPersonName(word) || WORDS.isFunctionWord(word) || WORDS.isTitle(word) || protectedPhrase[token.index()]
                || WORDS.isMonthOrDay(word) && inDate(words, token)) {
            return false;
        }
        List<Token> tokens = words.tokens();
        Token previous = token.index() > 0 ? tokens.get(token.index() - 1) : null;
        if (previous != null && DETERMINERS.contains(previous.text()) && !token.sentenceInitial()) {
            return false;
        }
        return cueFollows(words, token);
    }

    /** What follows a word as it follows a person's name: a verb of saying or doing, ", 42,", a possessive. */
    static boolean cueFollows(Words words, Token token) {
        List<Token> tokens = words.tokens();
        Token next = token.index() + 1 < tokens.size() ? tokens.get(token.index() + 1) : null;
        if (next == null) {
            return false;
        }
        String word = token.text();
        String gap = words.gapBefore(next);
        if (gap.startsWith(",")) {
            return next.isNumber() || token.sentenceInitial();
        }
        if (!gap.equals(" ")) {
            return gap.equals("'") && next.text().equals("s") && !WORDS.isVocabulary(word) && !LEXICON.isFixedWord(word);
        }
        boolean capitalsSayNothing = words.caseless() || words.titleCase();
        return (capitalsSayNothing || !next.capitalised())
                && (NAME_CUES.contains(next.text()) || next.text().endsWith("ed") && next.text().length() > 3);
    }

    private static boolean afterPersonTitle(Words words, Token token) {
        if (token.index() == 0) {
            return false;
        }
        Token previous = words.tokens().get(token.index() - 1);
        String gap = words.gapBefore(token);
        return previous.capitalised() && WORDS.isTitle(previous.text()) && !previous.text().startsWith("officer")
                && !previous.text().equals("police") && !previous.text().equals("staff")
                && (gap.equals(" ") || gap.equals(". ") || gap.equals(" '") || gap.equals(" \""));
    }

    /** Letters of the Latin alphabet, with accents (Welsh, Irish, French), and nothing stranger. */
    private static boolean plainLatin(String original) {
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 || !Character.isLetter(cp)) {
                continue;
            }
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            char first = base.charAt(0);
            if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
