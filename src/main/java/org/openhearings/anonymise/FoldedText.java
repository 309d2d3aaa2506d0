package org.openhearings.anonymise;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text as name matching sees it: NFKC, any script transliterated to Latin, accents and case folded,
 * invisible characters dropped, dashes, apostrophes and spaces unified, percent-escapes decoded, and
 * (in the joined view) a word hyphenated across a line break joined again. Each folded character
 * remembers the stretch of the original it came from, so a match is replaced in the original text,
 * which keeps its own characters.
 */
public final class FoldedText {
    private static final Map<Integer, String> FOLDED_CODE_POINTS = new ConcurrentHashMap<>();

    private final String original;
    private final String folded;
    private final int[] originalStart;
    private final int[] originalEnd;

    private FoldedText(String original, String folded, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.folded = folded;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    /** The view with line-break hyphenation joined ("Smi-\nth" reads "smith"). */
    public static FoldedText joined(String text) {
        return fold(text, true);
    }

    /** The view that keeps such a hyphen ("Smith-\nJones" reads "smith-jones"). */
    public static FoldedText hyphenated(String text) {
        return fold(text, false);
    }

    /** One folded string, for names and words outside any text. */
    public static String of(String text) {
        return fold(text, true).folded().strip();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int originalStart(int foldedIndex) {
        return originalStart[foldedIndex];
    }

    public int originalEnd(int foldedIndexExclusive) {
        return originalEnd[foldedIndexExclusive - 1];
    }

    private static FoldedText fold(String text, boolean joinHyphenation) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 4 + 8];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece;
            if (joinHyphenation && isDash(cp) && lineBreakFollows(text, next)) {
                piece = "";
                next = afterLineBreak(text, next);
            } else if (cp == '%' && next + 2 <= text.length() && isAsciiEscape(text, next)) {
                piece = foldCodePoint(Integer.parseInt(text.substring(next, next + 2), 16));
                next += 2;
            } else if (isForeignLetter(cp)) {
                // A word in another script is transliterated whole: the rules for a letter depend on its neighbours.
                while (next < text.length() && (isForeignLetter(text.codePointAt(next)) || isMark(text.codePointAt(next)))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                piece = foldForeignWord(text.substring(i, next));
            } else {
                piece = foldCodePoint(cp);
            }
            if (piece.isEmpty() && out.length() > 0 && isMark(cp)) {
                ends[out.length() - 1] = next; // a combining mark belongs to the letter before it
            }
            for (int k = 0; k < piece.length(); k++) {
                if (out.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(piece.charAt(k));
            }
            i = next;
        }
        return new FoldedText(text, out.toString(), starts, ends);
    }

    private static boolean isAsciiEscape(String text, int at) {
        String hex = text.substring(at, at + 2);
        return hex.matches("[0-7][0-9A-Fa-f]") && Integer.parseInt(hex, 16) >= 0x20;
    }

    private static boolean lineBreakFollows(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && isLineBreak(text.charAt(i));
    }

    private static int afterLineBreak(String text, int at) {
        int i = at;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isDash(int cp) {
        return cp == '-' || Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isForeignLetter(int cp) {
        return cp >= 0x80 && Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN;
    }

    private static String foldForeignWord(String word) {
        String latin = ToLatin.INSTANCE.transliterate(Normalizer.normalize(word, Normalizer.Form.NFKC));
        String folded = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        // Han transliterates syllable by syllable; a romanised name writes a given name's syllables as one word.
        return folded.replace(" ", "");
    }

    static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return cp == '\t' || cp == '\r' || cp == '\f' ? " " : String.valueOf((char) Character.toLowerCase(cp));
        }
        return FOLDED_CODE_POINTS.computeIfAbsent(cp, FoldedText::foldNonAscii);
    }

    private static String foldNonAscii(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || isMark(cp) || type == Character.CONTROL && !isLineBreak((char) cp)) {
            return ""; // soft hyphens, zero-width and direction marks, combining accents
        }
        if (isLineBreak((char) cp)) {
            return "\n";
        }
        if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
            return " ";
        }
        if (isDash(cp)) {
            return "-";
        }
        if ("\u2018\u2019\u201B\u02BC\u02B9\u0060\u00B4\u2032\uFF07".indexOf(cp) >= 0) {
            return "'";
        }
        return foldForeignWord(new String(Character.toChars(cp)));
    }

    /** ICU's transliterator is costly to build: once, and only when ingest first meets a non-ASCII letter. */
    private static final class ToLatin {
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }
}
