package org.openhearings.draft;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a notice into sentences with ICU4J's sentence break rules (UAX #29); the "ss=standard" locale
 * keeps abbreviations such as "Mr." and "Insp." from ending a sentence, and a line break always ends
 * one, so a headline or a list item stands alone.
 */
final class NoticeSentences {
    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = ULocale.forLanguageTag("en-GB-u-ss-standard");

    private NoticeSentences() {
    }

    static List<Sentence> split(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
        breaks.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                sentences.add(new Sentence(from, to, text.substring(from, to)));
            }
        }
        return sentences;
    }
}
