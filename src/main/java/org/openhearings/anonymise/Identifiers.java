package org.openhearings.anonymise;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Details that identify a person without naming them, found by their shapes: e-mail and web addresses,
 * handles, telephone numbers (Google's libphonenumber, and any long run of digits opening with 0 or +),
 * numbers spelt out digit by digit ("one six seven seven five"),
 * postcodes, vehicle registrations, dates of birth, street addresses, collar or warrant numbers, and
 * descriptions that single one person out ("the only female firearms officer in …").
 */
public final class Identifiers {
    private static final Map<ScreenRule, Pattern> PATTERNS = Map.of(
            ScreenRule.EMAIL, Pattern.compile("[\\p{L}\\p{N}._%+-]+\\s?(?:@|\\(at\\)|\\[at])\\s?[\\p{L}\\p{N}-]+(?:\\s?(?:\\.|\\(dot\\)|\\[dot])\\s?[\\p{L}\\p{N}-]+)+"),
            ScreenRule.URL, Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|uk|io|info|co|me|gov|police|ly|tv|app)\\b(?:/\\S*)?"),
            ScreenRule.HANDLE, Pattern.compile("(?<![\\p{L}\\p{N}@._-])@[\\p{L}\\p{N}_.]{2,}"),
            ScreenRule.POSTCODE, Pattern.compile("(?i)\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b"),
            ScreenRule.VEHICLE_REGISTRATION, Pattern.compile("\\b(?:[A-Z]{2}\\d{2}\\s?[A-Z]{3}|[A-Z]\\d{1,3}\\s?[A-Z]{3}|[A-Z]{3}\\s?\\d{1,3}[A-Z])\\b"),
            ScreenRule.DATE_OF_BIRTH, Pattern.compile("(?i)\\b(?:born|date of birth|d\\.?o\\.?b\\.?|birthday)\\b[^.;\\n]{0,25}?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]+\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|[a-z]+\\s+\\d{4}|\\b\\d{4}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[a-z]+)"),
            ScreenRule.STREET_ADDRESS, Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][\\p{L}'-]+\\s+){1,3}(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|Place|Gardens|Terrace|Grove|Court|Hill|Park|Square|Walk|Row|Mews|Rd|St|Ave|Dr)\\b|(?i)\\bflat\\s+\\d+[a-z]?\\b"),
            ScreenRule.COLLAR_NUMBER, Pattern.compile("(?i)\\b(?:pc|ps|dc|ds|sc|pcso|sgt|insp|constable|sergeant|collar|warrant|shoulder|badge)\\s*(?:number|no\\.?|num\\.?|#|:)?\\s*\\d(?:[\\s,.-]?\\d){1,6}\\b"),
            ScreenRule.SMALL_POPULATION, Pattern.compile("(?i)\\b(?:the|its|their|his|her)\\s+(?:only|sole)\\s+(?:[a-z-]+\\s+){0,3}(?:officer|officers|constable|sergeant|inspector|detective|woman|man|member|person|employee|pcso|specialist)\\b"));
    private static final String DIGIT_WORD = "(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)";
    private static final Pattern NUMBER_IN_WORDS = Pattern.compile("(?i)\\b(?:" + DIGIT_WORD + "[\\s,-]+){3,}" + DIGIT_WORD + "\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d.,])(?:\\+\\s?\\d|\\b0)(?:[\\s()-]{0,2}\\d){8,13}\\b");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Identifiers() {
    }

    public static List<ScreenFinding> find(String text) {
        List<ScreenFinding> found = new ArrayList<>();
        PATTERNS.forEach((rule, pattern) -> add(text, pattern, rule, found));
        add(text, LONG_NUMBER, ScreenRule.PHONE, found);
        add(text, NUMBER_IN_WORDS, ScreenRule.NUMBER_IN_WORDS, found);
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "GB", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            found.add(new ScreenFinding(match.start(), match.end(), ScreenRule.PHONE));
        }
        return found;
    }

    private static void add(String text, Pattern pattern, ScreenRule rule, List<ScreenFinding> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(new ScreenFinding(m.start(), m.end(), rule));
        }
    }
}
