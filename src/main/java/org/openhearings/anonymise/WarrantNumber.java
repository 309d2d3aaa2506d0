package org.openhearings.anonymise;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A warrant or collar number as forces write it: optional letters ("PC", "MP"), then digits that may be
 * zero-padded or grouped with spaces ("PC12345", "12 345", "012345", "MP 1234"). Matched in folded text.
 * A short or year-like number is matched only with its letters or a title, never bare: "7" must not
 * take the 7 out of a date.
 */
public final class WarrantNumber {
    private static final String TITLES = "(?:pc|ps|dc|ds|sc|sgt|insp|mp|no|number)";

    private final Pattern pattern;

    private WarrantNumber(Pattern pattern) {
        this.pattern = pattern;
    }

    public static Optional<WarrantNumber> of(String identifier) {
        String folded = FoldedText.of(identifier);
        String letters = folded.replaceAll("[^a-z]", "");
        String digits = folded.replaceAll("[^0-9]", "").replaceFirst("^0+(?=.)", "");
        if (digits.isEmpty()) {
            return letters.length() < 3 ? Optional.empty()
                    : Optional.of(new WarrantNumber(Pattern.compile("(?<![a-z0-9])" + Pattern.quote(letters) + "(?![a-z0-9])")));
        }
        String number = "0*" + String.join("[ ,.-]?", digits.split(""));
        String prefix = letters.isEmpty() ? TITLES : "(?:" + Pattern.quote(letters) + "|" + TITLES + ")";
        boolean bareIsSafe = digits.length() >= 5 || digits.length() == 4 && !digits.matches("(19|20)\\d\\d");
        String regex = "(?<![a-z0-9])(?:" + prefix + "[ .:#-]{0,2}|#\\s?" + (bareIsSafe ? ")?" : ")") + number + "(?![0-9])";
        return Optional.of(new WarrantNumber(Pattern.compile(regex)));
    }

    public Pattern pattern() {
        return pattern;
    }
}
