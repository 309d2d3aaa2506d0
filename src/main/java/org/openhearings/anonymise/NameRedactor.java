package org.openhearings.anonymise;

import java.util.List;
import java.util.Optional;

/**
 * Replaces every mention of the given people in free text with what stands in their place (an
 * officer's label, or a role such as "a commander"), keeping every other character of the text as it
 * was. A mention that could be either of two people (two officers called Luke) becomes neutral
 * ("an officer") rather than a guess.
 */
public final class NameRedactor {
    private final List<Identity> people;
    private final NameMatcher matcher;

    public NameRedactor(List<Identity> people) {
        this.people = List.copyOf(people);
        this.matcher = new NameMatcher(
                people.stream().map(p -> PersonName.of(p.name())).toList(),
                people.stream().map(p -> p.identifiers().stream().map(WarrantNumber::of)
                        .flatMap(Optional::stream).toList()).toList());
    }

    /** Where the text names someone: the spans this redactor replaces. */
    public List<NameMatcher.Span> mentions(String text) {
        return matcher.find(text);
    }

    public String redact(String text) {
        return text == null ? null : redact(text, matcher.find(text));
    }

    /** The text with the given mentions (found by {@link #mentions}) replaced: the text is not read again. */
    public String redact(String text, List<NameMatcher.Span> mentions) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (NameMatcher.Span span : mentions) {
            if (span.ambiguous()) {
                continue; // left for the operator: the anonymiser refuses the text at it
            }
            out.append(text, at, span.start());
            String replacement = replacementFor(span);
            out.append(startsSentence(text, span.start()) ? capitalise(replacement) : replacement);
            at = span.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** What stands in a mention's place: the person's label or role, or a neutral word if it could be several. */
    public String replacementFor(NameMatcher.Span span) {
        if (span.people().size() == 1) {
            return people.get(span.people().iterator().next()).replacement();
        }
        boolean allOfficers = span.people().stream().allMatch(i -> people.get(i).officer());
        return allOfficers ? "an officer" : "a person involved";
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
