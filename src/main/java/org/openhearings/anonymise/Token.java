package org.openhearings.anonymise;

/**
 * One word of a folded text (letters and digits; apostrophes and hyphens split words, so "O'Neil" is
 * "o", "neil" and "Smith's" is "smith", "s"), with what its original spelling says about it.
 *
 * @param text             the folded word
 * @param index            its position among the text's words
 * @param foldedStart      where it starts in the folded text
 * @param foldedEnd        where it ends in the folded text
 * @param start            where it starts in the original text
 * @param end              where it ends in the original text
 * @param capitalised      its first letter is upper case (or has no case, as in Han)
 * @param allCaps          every letter is upper case, and there are at least two
 * @param sentenceInitial  nothing but opening punctuation stands between it and a sentence's start
 */
public record Token(String text, int index, int foldedStart, int foldedEnd, int start, int end,
                    boolean capitalised, boolean allCaps, boolean sentenceInitial) {

    public boolean isNumber() {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
