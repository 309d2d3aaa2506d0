package org.openhearings.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the mentions of people in one sentence, given the names already met earlier in the notice. */
final class MentionFinder {
    private static final String FORMER = "(?:([Ff]ormer|[Ee]x-)\\s*)?";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’\\-]+";
    private static final String NAME = "(" + NAME_WORD + "(?:[ \\t]+(?:" + NAME_WORD + "|\\p{Lu}\\.)){0,3})";
    private static final Pattern TITLED = Pattern.compile(
            "\\b" + FORMER + RankTitles.PATTERN + "\\s+(?:(\\p{Lu})\\b(?![.'’])|" + NAME + ")");
    /** "Officer Y", and its rank where an apposition gives it: "Officer Y, a police constable". */
    private static final Pattern CODENAME = Pattern.compile("\\b" + FORMER + "(Officer)\\s+(\\p{Lu}{1,2})\\b(?![.'’])"
            + "(?:,\\s+an?\\s+(?:former\\s+)?((?:detective\\s+|police\\s+|special\\s+)?(?:chief\\s+)?(?:constable|sergeant|inspector|superintendent)))?");
    private static final Pattern COURTESY = Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+" + NAME);
    /** Capitalised words that follow a title without being a name: "Police Constable Training", "Inspector Said". */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "And", "Of", "Who", "Was", "Has", "Had", "Is", "At",
            "In", "On", "For", "Said", "Says", "Police", "Constabulary", "Service", "Standards", "Professional", "Force", "Department");

    private MentionFinder() {
    }

    static List<Mention> find(String sentence, List<String> knownNames) {
        List<Mention> found = new ArrayList<>();
        Matcher codename = CODENAME.matcher(sentence);
        while (codename.find()) {
            String title = codename.group(4);
            found.add(new Mention(codename.start(), codename.end(), title,
                    title == null ? null : RankTitles.rank(title.replaceFirst("(?i)^police\\s+(?=sergeant|inspector)", "")),
                    codename.group(1) != null, "Officer " + codename.group(3), true));
        }
        Matcher titled = TITLED.matcher(sentence);
        while (titled.find()) {
            if (overlaps(found, titled.start(), titled.end())) {
                continue;
            }
            boolean former = titled.group(1) != null;
            String title = titled.group(2);
            if (titled.group(3) != null) { // "PC A": a codename after a rank
                found.add(new Mention(titled.start(), titled.end(), title, RankTitles.rank(title), former,
                        "Officer " + titled.group(3), true));
                continue;
            }
            String name = trimmed(titled.group(4));
            if (name != null) {
                int end = titled.start(4) + name.length();
                found.add(new Mention(titled.start(), end, title, RankTitles.rank(title), former, name, false));
            }
        }
        Matcher courtesy = COURTESY.matcher(sentence);
        while (courtesy.find()) {
            String name = trimmed(courtesy.group(2));
            if (name != null && !overlaps(found, courtesy.start(), courtesy.end())) {
                found.add(new Mention(courtesy.start(), courtesy.start(2) + name.length(), courtesy.group(1), null, false, name, false));
            }
        }
        for (String known : knownNames) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(known) + "\\b").matcher(sentence);
            while (m.find()) {
                if (!overlaps(found, m.start(), m.end())) {
                    found.add(new Mention(m.start(), m.end(), null, null, false, known, false));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** Drops trailing words that are not part of a name ("PC Smith Said" → "Smith"); null if nothing is left. */
    private static String trimmed(String name) {
        List<String> words = new ArrayList<>(List.of(name.replaceFirst("['’]s$", "").split("\\s+")));
        while (!words.isEmpty() && NOT_NAME_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || NOT_NAME_WORDS.contains(words.get(0))) {
            return null;
        }
        return String.join(" ", words);
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        return found.stream().anyMatch(m -> start < m.end() && m.start() < end);
    }
}
