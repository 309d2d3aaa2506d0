package org.openhearings.draft;

import org.openhearings.domain.Standard;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The ten Standards of Professional Behaviour as notices name them, in the Regulations' and the Code of Ethics' wording. */
final class StandardPhrases {
    private static final Map<Standard, Pattern> PHRASES = new EnumMap<>(Standard.class);

    static {
        phrase(Standard.HONESTY_INTEGRITY, "honesty\\s*(?:and|&|/)\\s*integrity|honesty");
        phrase(Standard.AUTHORITY_RESPECT_COURTESY, "authority,?\\s*respect\\s*(?:and|&)\\s*courtesy|respect\\s*(?:and|&)\\s*courtesy");
        phrase(Standard.EQUALITY_DIVERSITY, "equality\\s*(?:and|&|/)\\s*diversity");
        phrase(Standard.USE_OF_FORCE, "use of force");
        phrase(Standard.ORDERS_INSTRUCTIONS, "orders\\s*(?:and|&)\\s*instructions");
        phrase(Standard.DUTIES_RESPONSIBILITIES, "duties\\s*(?:and|&)\\s*responsibilities");
        phrase(Standard.CONFIDENTIALITY, "confidentiality");
        phrase(Standard.FITNESS_FOR_DUTY, "fitness\\s+for\\s+(?:duty|work)");
        phrase(Standard.DISCREDITABLE_CONDUCT, "discreditable\\s+conduct|conduct\\s*\\(discreditable");
        phrase(Standard.CHALLENGING_REPORTING, "challenging\\s*(?:and|&)\\s*reporting(?:\\s+improper\\s+conduct)?");
    }

    /** Naming a standard counts only where the sentence is about standards: "use of force" alone may describe the conduct. */
    private static final Pattern ABOUT_STANDARDS = Pattern.compile(
            "standards?\\b|breach|code of ethics|professional behaviour|in respect of|relating to", Pattern.CASE_INSENSITIVE);

    private StandardPhrases() {
    }

    private static void phrase(Standard standard, String regex) {
        PHRASES.put(standard, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE));
    }

    /** The standards a sentence names, in declaration order; empty where it does not speak of standards. */
    static Set<Standard> in(String sentence) {
        Set<Standard> found = new LinkedHashSet<>();
        if (!ABOUT_STANDARDS.matcher(sentence).find()) {
            return found;
        }
        PHRASES.forEach((standard, pattern) -> {
            if (pattern.matcher(sentence).find()) {
                found.add(standard);
            }
        });
        return found;
    }
}
