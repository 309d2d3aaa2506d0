package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The second detector: finds what looks like a person's name that nobody listed, without the list of
 * names. A rule-based detector (the OpenNLP English models do not resolve from the registries we may
 * use, and these patterns are what outcome notices actually use): a rank or honorific followed by a
 * capitalised word ("Sergeant Jones", "Mr Patel"), a known given name (from the nickname data, ordinary
 * words left out) standing capitalised on its own or before a capitalised word ("Sarah", "Sarah Jones"),
 * an e-mail address, or a social-media handle. Mentions of listed people and phrases an operator marked
 * as not names are left out.
 */
public final class UnlistedNameDetector {
    private static final WordClasses WORDS = WordClasses.get();
    private static final Set<String> HONORIFICS = Set.of("pc", "ps", "dc", "ds", "di", "dci", "dsi", "dsu", "dcs",
            "sgt", "insp", "supt", "cdr", "constable", "sergeant", "inspector", "superintendent", "commander",
            "commissioner", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "professor", "prof");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@[\\p{L}\\p{N}_]{2,}");
    private static final Set<String> GIVEN_NAMES = Nicknames.get().givenNames().stream()
            .filter(name -> name.length() >= 3 && !WORDS.isOrdinary(name)).collect(Collectors.toUnmodifiableSet());

    /** Why a stretch of text looks like an unlisted name. */
    public enum Reason {
        TITLE_AND_NAME("a rank or title followed by a capitalised word"),
        GIVEN_NAME("a given name"),
        EMAIL("an e-mail address"),
        HANDLE("a social-media handle");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** A suspected name: its offset in the original text and why; never its text. */
    public record Suspect(int offset, int end, Reason reason) {
    }

    public List<Suspect> find(String text, List<NameMatcher.Span> listed, List<String> notNames) {
        List<Suspect> suspects = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return suspects;
        }
        addPattern(text, EMAIL, Reason.EMAIL, suspects);
        addPattern(text, HANDLE, Reason.HANDLE, suspects);
        Words words = Words.of(FoldedText.joined(text));
        boolean headline = words.titleCase();
        List<Token> tokens = words.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (HONORIFICS.contains(token.text()) && token.capitalised() && (nameLike(next) || !headline && surnameLike(next))) {
                suspects.add(new Suspect(next.start(), next.end(), Reason.TITLE_AND_NAME));
            } else if (GIVEN_NAMES.contains(token.text()) && token.capitalised() && !token.allCaps() && !words.afterSaint(token)) {
                suspects.add(new Suspect(token.start(), nameLike(next) ? next.end() : token.end(), Reason.GIVEN_NAME));
            }
        }
        List<int[]> allowed = allowedStretches(text, notNames);
        return suspects.stream()
                .filter(s -> listed.stream().noneMatch(span -> s.offset() < span.end() && span.start() < s.end()))
                .filter(s -> allowed.stream().noneMatch(a -> a[0] <= s.offset() && s.end() <= a[1]))
                .distinct().toList();
    }

    /** After a title, a capitalised common word is a surname too ("Inspector Brown"), if the text is not a headline. */
    private static boolean surnameLike(Token token) {
        return token != null && token.capitalised() && !token.isNumber() && !WORDS.isTitle(token.text())
                && !WORDS.isFunctionWord(token.text()) && !WORDS.isMonthOrDay(token.text());
    }

    private static boolean nameLike(Token token) {
        return token != null && token.capitalised() && !token.isNumber() && !WORDS.isOrdinary(token.text());
    }

    private static void addPattern(String text, Pattern pattern, Reason reason, List<Suspect> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(new Suspect(m.start(), m.end(), reason));
        }
    }

    /** Where the operator's not-a-name phrases occur, compared folded. */
    private static List<int[]> allowedStretches(String text, List<String> notNames) {
        List<int[]> stretches = new ArrayList<>();
        FoldedText view = FoldedText.joined(text);
        for (String phrase : notNames) {
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
