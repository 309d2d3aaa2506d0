package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces every mention of the given people in free text: full names, surnames and first names, with
 * or without a title ("PC Smith", "Sergeant Jo Smith"), and identifiers such as warrant numbers.
 * Longer mentions are replaced first so "Jo Smith" is not half-replaced via "Smith"; a name part
 * shared by two people (two officers called Jo) becomes a neutral "an officer" rather than a guess.
 */
public final class NameRedactor {
    private static final String TITLE = "(?<![\\p{L}\\p{N}])(?:(?:Police|Detective|Special|Chief|Acting|Temporary)\\s+)*"
            + "(?:Constable|Sergeant|Sgt\\.?|Inspector|Superintendent|Supt\\.?|Commander|Cdr\\.?|Commissioner|"
            + "PC|PS|DC|DS|DI|DCI|Insp\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?)\\s+";
    private static final String AMBIGUOUS = "an officer";

    private record Rule(Pattern pattern, String replacement, int length) {
    }

    private final List<Rule> rules;

    public NameRedactor(List<Identity> people) {
        Map<String, String> tokenOwners = new HashMap<>();
        for (Identity person : people) {
            for (String token : NameTokens.of(person.name())) {
                tokenOwners.merge(token.toLowerCase(), person.replacement(),
                        (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        List<Rule> all = new ArrayList<>();
        for (Identity person : people) {
            List<String> tokens = NameTokens.of(person.name());
            if (tokens.size() > 1) {
                String fullName = tokens.stream().map(NameTokens::wholeWord).collect(Collectors.joining("[\\s\\-]+"));
                all.add(rule("(?:" + TITLE + ")?" + fullName, person.replacement(), person.name().length()));
            }
            for (String token : tokens) {
                all.add(rule("(?:" + TITLE + ")?" + NameTokens.wholeWord(token),
                        tokenOwners.get(token.toLowerCase()), token.length()));
            }
            for (String identifier : person.identifiers()) {
                all.add(rule(NameTokens.wholeWord(identifier), person.replacement(), identifier.length()));
            }
        }
        all.sort(Comparator.comparingInt(Rule::length).reversed());
        this.rules = List.copyOf(all);
    }

    private static Rule rule(String regex, String replacement, int length) {
        return new Rule(NameTokens.compile(regex), replacement, length);
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Rule rule : rules) {
            result = replace(result, rule);
        }
        return result;
    }

    private static String replace(String text, Rule rule) {
        Matcher matcher = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = startsSentence(text, matcher.start()) ? capitalise(rule.replacement()) : rule.replacement();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"“".indexOf(text.charAt(i)) >= 0;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
