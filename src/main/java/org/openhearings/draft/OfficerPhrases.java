package org.openhearings.draft;

import org.openhearings.domain.Finding;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a stretch of a sentence says about the officers it names: finding, outcome and its terms, Barred List, unit. */
final class OfficerPhrases {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Map<Outcome, Pattern> OUTCOMES = new LinkedHashMap<>();

    static {
        // Order matters: the more specific phrase first ("final written warning" before "written warning").
        outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED, "would\\s+(?:also\\s+|otherwise\\s+|both\\s+|all\\s+)?have\\s+been\\s+dismissed");
        outcome(Outcome.DISMISSED_WITH_NOTICE, "dismiss(?:ed|al)\\s+with\\s+notice");
        outcome(Outcome.DISMISSED_WITHOUT_NOTICE, "dismiss(?:ed|al)\\s+without\\s+notice");
        outcome(Outcome.REDUCTION_IN_RANK, "reduc(?:ed|tion)\\s+in\\s+rank|demoted");
        outcome(Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING,
                "final\\s+written\\s+warning\\s+(?:was|has\\s+been|will\\s+be|be)\\s+extended|extension\\s+(?:of|to)\\s+(?:a|an|the|his|her|their)\\s+(?:existing\\s+)?final\\s+written\\s+warning");
        outcome(Outcome.FINAL_WRITTEN_WARNING, "final\\s+written\\s+warning");
        outcome(Outcome.WRITTEN_WARNING, "written\\s+warning");
        outcome(Outcome.MANAGEMENT_ADVICE, "management\\s+advice");
        outcome(Outcome.REFLECTIVE_PRACTICE, "reflective\\s+practice");
        outcome(Outcome.NO_FURTHER_ACTION, "no\\s+further\\s+action");
    }

    /** "was dismissed" without saying whether with or without notice: the draft says so rather than choosing. */
    private static final Pattern DISMISSED_PLAIN = Pattern.compile("\\b(?:was|were|been|be|is)\\s+(?:also\\s+)?dismissed\\b(?!\\s+with)", CI);
    /** Phrases naming the proceedings, not a finding: "gross misconduct hearing", "misconduct notices". */
    private static final Pattern PROCEEDINGS = Pattern.compile(
            "(?:gross\\s+)?misconduct\\s+(?:hearing|meeting|notices?|proceedings|panel|investigation|allegations?)|special\\s+case\\s+hearing", CI);
    private static final Pattern GROSS = Pattern.compile("\\bgross\\s+misconduct\\b", CI);
    private static final Pattern MISCONDUCT_FOUND = Pattern.compile(
            "\\b(?:found|amount(?:ed|s|ing)?\\s+to|proven|proved|constitut\\w+|committed|admitted|finding\\s+of|finding:|level\\s+of)[^.;]*?\\bmisconduct\\b", CI);
    private static final Pattern NOT_PROVEN = Pattern.compile("\\bnot\\s+(?:proven|proved|found\\s+proven)\\b", CI);
    private static final Pattern NO_CASE = Pattern.compile("\\bno\\s+case\\s+to\\s+answer\\b", CI);
    private static final Pattern BARRED = Pattern.compile(
            "\\bbarred\\s+list\\b|\\bbarred\\s+from\\s+(?:working\\s+(?:in|for)\\s+)?(?:the\\s+)?(?:policing|police)\\b", CI);
    private static final Pattern SAME_STANDARDS = Pattern.compile("\\bthe\\s+same\\s+standards\\b", CI);
    private static final Pattern WARNING_LENGTH = Pattern.compile(
            "(?:warning|extended)[^.;]{0,40}?\\b(?:for|by|lasting|to\\s+last|of|last(?:s|ing)?)\\s+"
                    + "(" + NumberWords.PATTERN + ")\\s+(years?|months?)"
                    + "|(" + NumberWords.PATTERN + ")[- ](years?|months?)\\s+(?:final\\s+)?written\\s+warning", CI);
    private static final Pattern REDUCED_TO = Pattern.compile(
            "(?:reduc(?:ed|tion)\\s+in\\s+rank|demoted)\\s+(?:from\\s+\\w+(?:\\s+\\w+)?\\s+)?to\\s+(?:the\\s+rank\\s+of\\s+)?(?:a\\s+|an\\s+)?"
                    + "((?:chief\\s+)?(?:superintendent|inspector)|sergeant|constable)", CI);
    private static final Pattern UNIT = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*\\s+){0,5}(?:Team|Unit|Squad|Department|Command|Hub|Group|Section))\\b");
    /** How notices say an officer belonged to a unit: "of the", "attached to the", "based in the force's", "PS Marsh, Response Team". */
    private static final Pattern UNIT_INTRODUCED = Pattern.compile("(?:\\b(?:of|attached\\s+to|based\\s+(?:in|at|with)|work(?:ed|ing|s)?\\s+(?:in|for|on)"
            + "|serv(?:ed|ing)\\s+(?:in|with|on)|member\\s+of|posted\\s+to|part\\s+of|with)\\s+(?:the\\s+|a\\s+)?(?:force['’]s\\s+)?|,\\s*)$", CI);
    /** Words a unit name keeps; a place or area before them ("Bexley", "East Area") is left out. */
    private static final Pattern UNIT_WORD = Pattern.compile(
            "Neighbourhood|Neighbourhoods|Safer|Tasking|Response|Roads|Policing|Criminal|Investigation|Investigations|CID|Task|Force"
                    + "|Territorial|Support|Dog|Traffic|Custody|Firearms|Armed|Protection|Public|Order|Child|Abuse|Domestic|Serious"
                    + "|Organised|Crime|Major|Intelligence|Proactive|Operational|Local|Patrol|Community|Safeguarding|Vulnerability"
                    + "|Counter|Terrorism|Specialist|Operations|Emergency|Control|Room|Contact|Centre|Team|Unit|Squad|Department"
                    + "|Command|Hub|Group|Section|Professional|Standards|Anti-Corruption|Motorway|Marine|Mounted|Royalty|Diplomatic|Detective");

    private OfficerPhrases() {
    }

    private static void outcome(Outcome outcome, String regex) {
        OUTCOMES.put(outcome, Pattern.compile("\\b(?:" + regex + ")\\b", CI));
    }

    /** The outcome the text states, or null. */
    static Outcome outcome(String text) {
        for (Map.Entry<Outcome, Pattern> entry : OUTCOMES.entrySet()) {
            if (entry.getValue().matcher(text).find()) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Whether the text says "dismissed" without saying with or without notice. */
    static boolean dismissedWithoutSayingHow(String text) {
        return outcome(text) == null && DISMISSED_PLAIN.matcher(text).find();
    }

    /** The most serious finding the text states, or null. */
    static Finding finding(String text) {
        String withoutProceedings = PROCEEDINGS.matcher(text).replaceAll(" ");
        if (NO_CASE.matcher(withoutProceedings).find()) {
            return Finding.NO_CASE_TO_ANSWER;
        }
        if (NOT_PROVEN.matcher(withoutProceedings).find()) {
            return Finding.NOT_PROVEN;
        }
        if (GROSS.matcher(withoutProceedings).find()) {
            return Finding.GROSS_MISCONDUCT;
        }
        return MISCONDUCT_FOUND.matcher(withoutProceedings).find() ? Finding.MISCONDUCT : null;
    }

    static boolean barred(String text) {
        return BARRED.matcher(text).find() && !text.matches("(?is).*\\bnot\\s+(?:be\\s+)?(?:added|placed|included)\\b.*");
    }

    static boolean sameStandards(String text) {
        return SAME_STANDARDS.matcher(text).find();
    }

    /** A warning's length in months ("to last two years" is 24), or null. */
    static Integer warningMonths(String text) {
        Matcher m = WARNING_LENGTH.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean first = m.group(1) != null;
        Integer count = NumberWords.value(first ? m.group(1) : m.group(3));
        String unit = first ? m.group(2) : m.group(4);
        return count == null ? null : unit.toLowerCase().startsWith("year") ? count * 12 : count;
    }

    static Rank reducedTo(String text) {
        Matcher m = REDUCED_TO.matcher(text);
        return m.find() ? RankTitles.rank(m.group(1)) : null;
    }

    /** A unit named in the text and where it stands, kept to its kind ("Bexley Neighbourhood Tasking Team" → "Neighbourhood Tasking Team"). */
    record Unit(int start, String name) {
    }

    static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            if (!UNIT_INTRODUCED.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "staff in the Public Protection Unit" is not the officer's unit
            }
            String[] words = m.group(1).trim().split("\\s+");
            int keepFrom = words.length - 1;
            while (keepFrom > 0 && UNIT_WORD.matcher(words[keepFrom - 1]).matches()) {
                keepFrom--;
            }
            if (keepFrom < words.length - 1) { // a bare "Team" or "Group" says nothing
                units.add(new Unit(m.start(), String.join(" ", List.of(words).subList(keepFrom, words.length))));
            }
        }
        return units;
    }
}
