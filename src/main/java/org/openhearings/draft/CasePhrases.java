package org.openhearings.draft;

import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.HearingType;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a sentence says about the case as a whole: the proceedings, their dates, departures, the evidence. */
final class CasePhrases {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern ACCELERATED = Pattern.compile("\\baccelerated\\s+(?:misconduct\\s+)?hearing|\\bspecial\\s+case\\s+(?:misconduct\\s+)?hearing", CI);
    private static final Pattern MEETING = Pattern.compile("\\bmisconduct\\s+meeting", CI);
    private static final Pattern HEARING = Pattern.compile("\\b(?:gross\\s+)?misconduct\\s+hearing", CI);
    private static final Pattern A_HEARING = Pattern.compile("\\bhearing\\b", CI);
    private static final Pattern MISCONDUCT = Pattern.compile("\\bmisconduct\\b", CI);
    private static final Pattern HEARING_ENDED = Pattern.compile("\\b(?:ended|concluded|finished|closed|finishing|ending|concluding|final\\s+day|last\\s+day)\\b", CI);
    private static final Pattern HEARING_LENGTH = Pattern.compile("\\b(" + NumberWords.PATTERN + ")[- ]day\\s+(?:\\w+\\s+){0,3}?(?:hearing|meeting)"
            + "|\\b(?:sat|lasted|ran)\\s+(?:for\\s+)?(" + NumberWords.PATTERN + ")\\s+days\\b", CI);
    private static final Pattern RESTRICTED = Pattern.compile("\\b(?:placed|put)\\s+on\\s+restricted\\s+duties\\b", CI);
    /** What a date in a sentence dates, read from the nearest cue before it in its clause. */
    enum DateCue { INVESTIGATION, NOTICES, RESTRICTED, HEARING, CONDUCT, OTHER }

    private static final Pattern CLAUSE_START = Pattern.compile("\\b(?:after|while|whilst|when|because|who|that)\\b", CI);
    private static final Pattern MENTIONS_INVESTIGATION = Pattern.compile("\\binvestigation\\b|\\binquiry\\b", CI);
    private static final Map<DateCue, Pattern> CUES = new EnumMap<>(Map.of(
            DateCue.INVESTIGATION, Pattern.compile("\\b(?:began|started|launched|opened|commenced)\\b", CI),
            DateCue.NOTICES, Pattern.compile("(?<!without\\s)(?<!with\\s)\\bnotices?\\b|\\bserved\\b", CI),
            DateCue.RESTRICTED, Pattern.compile("\\brestricted\\b|\\bsuspended\\b", CI),
            DateCue.HEARING, Pattern.compile("\\bhearing\\b|\\bmeeting\\b|\\bpanel\\b|\\bheld\\b|\\bsat\\b|\\bconcluded\\b|\\bended\\b"
                    + "|\\bfinished\\b", CI),
            DateCue.CONDUCT, Pattern.compile("\\b(?:heard|told)\\s+(?:that|how)\\b", CI),
            DateCue.OTHER, Pattern.compile("\\bresign\\w*|\\bretire\\w*|\\bjoined\\b|\\breferred\\b|\\bcourt\\b|\\bconvicted\\b|\\bsentenced\\b"
                    + "|\\bcharged\\b|\\barrested\\b|\\bpleaded\\b|\\bappeal\\w*|\\bpublished\\b|\\bcomplain\\w*|\\bdismissed\\s+(?:in|on|during)\\s*$", CI)));
    private static final Pattern DAY_OF_HEARING = Pattern.compile(
            "^,?\\s*(?:the\\s+)?(?:final|last|first|second|third)\\s+day\\s+of\\s+the\\s+(?:hearing|meeting)", CI);

    /**
     * What the date dates: the cue nearest before it, looking back no further than its clause (a clause
     * opened by "after", "while", "who", "that"…) or an earlier date; a date with no cue dates the conduct.
     */
    static DateCue cue(String sentence, int floor, ProseDate date) {
        String before = sentence.substring(floor, date.start());
        Matcher clause = CLAUSE_START.matcher(before);
        int from = 0;
        while (clause.find()) {
            from = clause.end();
        }
        String window = before.substring(from);
        DateCue nearest = null;
        int nearestAt = -1;
        for (Map.Entry<DateCue, Pattern> cue : CUES.entrySet()) {
            Matcher m = cue.getValue().matcher(window);
            while (m.find()) {
                if (m.start() > nearestAt) {
                    nearestAt = m.start();
                    nearest = cue.getKey();
                }
            }
        }
        if (nearest == DateCue.INVESTIGATION && !MENTIONS_INVESTIGATION.matcher(sentence).find()) {
            nearest = DateCue.OTHER;
        }
        if (nearest == null && DAY_OF_HEARING.matcher(sentence.substring(date.end())).find()) {
            nearest = DateCue.HEARING;
        }
        return nearest == null ? DateCue.CONDUCT : nearest;
    }

    private static final Pattern DEPARTED = Pattern.compile(
            "\\b(" + NumberWords.PATTERN + ")\\s+(?:of\\s+(?:them|the\\s+officers)\\s+|officers\\s+|former\\s+officers\\s+)?(?:had\\s+)?(?:already\\s+)?"
                    + "(resigned|retired|(?:been\\s+)?dismissed\\s+(?:for\\s+(?:unrelated|other|separate)\\s+(?:reasons|matters)|previously|already|earlier))", CI);
    private static final Pattern DEPARTED_BEFORE = Pattern.compile(
            "\\b(" + NumberWords.PATTERN + ")\\s+(?:of\\s+(?:them|the\\s+officers)\\s+|officers\\s+)?had\\s+already\\s+been\\s+dismissed\\b", CI);
    private static final Pattern EVIDENCE = Pattern.compile(
            "\\b(more\\s+than|over|in\\s+excess\\s+of|around|about|approximately|nearly|almost|fewer\\s+than|less\\s+than|under)?\\s*"
                    + "(\\d{1,3}(?:,\\d{3})+|\\d{2,})\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:messages|images|photographs|photos|videos|texts|e-?mails"
                    + "|calls|searches|checks|records|files|posts|comments))\\b", CI);
    private static final Pattern OFFICER_TOTAL = Pattern.compile(
            "\\b(?:total\\s+of|involv(?:ed|ing)|against|all)\\s+(" + NumberWords.PATTERN + ")\\s+(?:former\\s+|serving\\s+|police\\s+)?officers\\b", CI);

    private CasePhrases() {
    }

    /** The kind of proceedings a sentence names, the most specific first; null if none. */
    static HearingType hearingType(String sentence) {
        if (ACCELERATED.matcher(sentence).find()) {
            return HearingType.ACCELERATED_MISCONDUCT_HEARING;
        }
        if (MEETING.matcher(sentence).find()) {
            return HearingType.MISCONDUCT_MEETING;
        }
        return HEARING.matcher(sentence).find() ? HearingType.MISCONDUCT_HEARING : null;
    }

    /**
     * A notice that speaks of misconduct and of "the hearing" without naming its kind reports a misconduct
     * hearing: meetings are called meetings, and accelerated hearings are named as such.
     */
    static boolean plainHearing(String sentence, boolean noticeSpeaksOfMisconduct) {
        return noticeSpeaksOfMisconduct && A_HEARING.matcher(sentence).find();
    }

    static boolean speaksOfMisconduct(String text) {
        return MISCONDUCT.matcher(text).find();
    }

    static boolean hearingEnded(String sentence) {
        return HEARING_ENDED.matcher(sentence).find();
    }

    /** "a four-day hearing": its length in days, or null. */
    static Integer hearingDays(String sentence) {
        Matcher m = HEARING_LENGTH.matcher(sentence);
        return m.find() ? NumberWords.value(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    static boolean restrictedDuties(String sentence) {
        return RESTRICTED.matcher(sentence).find() && !sentence.matches("(?is).*\\bnot\\s+(?:been\\s+)?(?:placed|put)\\s+on\\s+restricted.*");
    }

    /** Departures stated for the case as a whole: "Five of them resigned", "one had already been dismissed". */
    record Departed(int resigned, int retired, int dismissed) {
    }

    static Departed departed(String sentence) {
        int resigned = 0;
        int retired = 0;
        int dismissed = 0;
        Matcher m = DEPARTED.matcher(sentence);
        while (m.find()) {
            Integer count = NumberWords.value(m.group(1));
            if (count == null) {
                continue;
            }
            String how = m.group(2).toLowerCase();
            if (how.startsWith("resigned")) {
                resigned += count;
            } else if (how.startsWith("retired")) {
                retired += count;
            } else {
                dismissed += count;
            }
        }
        Matcher before = DEPARTED_BEFORE.matcher(sentence);
        if (dismissed == 0 && before.find() && NumberWords.value(before.group(1)) != null) {
            dismissed = NumberWords.value(before.group(1));
        }
        return resigned + retired + dismissed == 0 ? null : new Departed(resigned, retired, dismissed);
    }

    /** "more than 6,000 messages sent in under two years, …": the count, how it is qualified, and what was counted. */
    record Counted(int count, CountQualifier qualifier, String description) {
    }

    static Counted evidence(String sentence) {
        Matcher m = EVIDENCE.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        Integer count = NumberWords.value(m.group(2));
        String qualifierWords = m.group(1) == null ? "" : m.group(1).toLowerCase().replaceAll("\\s+", " ");
        CountQualifier qualifier = switch (qualifierWords) {
            case "" -> CountQualifier.EXACTLY;
            case "more than", "over", "in excess of" -> CountQualifier.MORE_THAN;
            case "fewer than", "less than", "under" -> CountQualifier.FEWER_THAN;
            default -> CountQualifier.ABOUT;
        };
        String description = sentence.substring(m.start(3)).replaceFirst("[.!?]+\\s*$", "").trim();
        return count == null ? null : new Counted(count, qualifier, description);
    }

    /** "a total of eight officers": the number of officers the text states, or null. */
    static Integer officerTotal(String sentence) {
        Matcher m = OFFICER_TOTAL.matcher(sentence);
        return m.find() ? NumberWords.value(m.group(1)) : null;
    }
}
