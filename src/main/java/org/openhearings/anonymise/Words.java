package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.List;

/** The words of a folded text, and what lies between them. */
public final class Words {
    private final FoldedText text;
    private final List<Token> tokens;
    private final boolean caseless;
    private final boolean titleCase;

    private Words(FoldedText text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        // Once per text: both are asked of every word, and a text's length must not multiply its time.
        this.caseless = caseless(text.original());
        this.titleCase = titleCase(tokens);
    }

    public static Words of(FoldedText text) {
        String folded = text.folded();
        String original = text.original();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < folded.length() && isWordChar(folded.charAt(i))) {
                i++;
            }
            int start = text.originalStart(from);
            int end = text.originalEnd(i);
            tokens.add(new Token(folded.substring(from, i), tokens.size(), from, i, start, end,
                    capitalised(original, start, end), allCaps(original, start, end), sentenceInitial(original, start)));
        }
        return new Words(text, List.copyOf(tokens));
    }

    public static List<Token> tokensOf(String text) {
        return of(FoldedText.joined(text)).tokens();
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean capitalised(String original, int start, int end) {
        for (int i = start; i < end; i = original.offsetByCodePoints(i, 1)) {
            int cp = original.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.isUpperCase(cp) || Character.isTitleCase(cp) || !Character.isLowerCase(cp);
            }
        }
        return false;
    }

    private static boolean allCaps(String original, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i = original.offsetByCodePoints(i, 1)) {
            int cp = original.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            letters += Character.isLetter(cp) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static boolean sentenceInitial(String original, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(original.charAt(i)) || Character.isSpaceChar(original.charAt(i))
                || "\"“‘'([*•-–—".indexOf(original.charAt(i)) >= 0)) {
            if (original.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?:;".indexOf(original.charAt(i)) >= 0;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The folded characters between two neighbouring words ("" if they touch, as across a soft hyphen). */
    public String gapBefore(Token token) {
        int from = token.index() == 0 ? 0 : tokens.get(token.index() - 1).foldedEnd();
        return text.folded().substring(from, token.foldedStart());
    }

    /** "St Mary's Road", "Saint Anne's": a word after "St" names a place after a saint, not a person. */
    public boolean afterSaint(Token token) {
        if (token.index() == 0) {
            return false;
        }
        Token previous = tokens.get(token.index() - 1);
        return previous.capitalised() && (previous.text().equals("st") || previous.text().equals("saint"))
                && gapBefore(token).equals(" ");
    }

    /** No capitals, or capitals throughout: case says nothing of what is a name. */
    public boolean caseless() {
        return caseless;
    }

    /** Most words of four letters or more are capitalised: a headline, where capitals say nothing. */
    public boolean titleCase() {
        return titleCase;
    }

    private static boolean caseless(String original) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        return upper + lower >= 12 && (upper == 0 || lower * 10 < upper);
    }

    private static boolean titleCase(List<Token> tokens) {
        long longWords = tokens.stream().filter(t -> t.text().length() >= 4 && !t.isNumber()).count();
        long capitalised = tokens.stream().filter(t -> t.text().length() >= 4 && !t.isNumber() && t.capitalised()).count();
        return longWords >= 2 && capitalised * 10 >= longWords * 7;
    }
}
