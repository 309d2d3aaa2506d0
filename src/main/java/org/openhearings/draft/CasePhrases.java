package org.openhearings.draft;

import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.HearingType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a sentence says about the case as a whole: the proceedings, their dates, departures, the evidence. */
final class CasePhrases {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern ACCELERATED = Pattern.compile("\\baccelerated\\s+(?:misconduct\\s+)?hearing|\\bspecial\\s+case\\s+(?:misconduct\\s+)?hearing", CI);
    private static final Pattern MEETING = Pattern.compile("\\bmisconduct\\s+meeting", CI);
    private static final Pattern HEARING = Pattern.compile("\\b(?:gross\\s+)?misconduct\\s+hearing", CI);
    private static final Pattern ABOUT_HEARING = Pattern.compile("\\bhearing\\b|\\bpanel\\b|\\bmisconduct\\s+meeting\\b", CI);
    private static final Pattern BEFORE_HEARING = Pattern.compile("\\b(?:before|ahead\\s+of|prior\\s+to)\\s+(?:the|a|his|her|their)\\s+hearing", CI);
    private static final Pattern HEARING_ENDED = Pattern.compile("\\b(?:ended|concluded|finished|closed|finishing|ending|concluding)\\b", CI);
    private static final Pattern HEARING_LENGTH = Pattern.compile("\\b(" + NumberWords.PATTERN + ")[- ]day\\s+(?:\\w+\\s+){0,3}?(?:hearing|meeting)", CI);
    private static final Pattern INVESTIGATION_BEGAN = Pattern.compile(
            "\\binvestigation\\b[^.;]*?\\b(?:began|started|was\\s+launched|launched|opened|commenced|was\\s+opened|was\\s+started)\\b"
                    + "|\\b(?:launched|opened|began|started|commenced)\\s+(?:an|the|a)\\s+investigation\\b", CI);
    private static final Pattern NOTICES_SERVED = Pattern.compile("\\bserved\\b[^.;]*?\\bnotices?\\b|\\bnotices?\\b[^.;]*?\\bserved\\b", CI);
    private static final Pattern RESTRICTED = Pattern.compile("\\b(?:placed|put)\\s+on\\s+restricted\\s+duties\\b", CI);
    private static final Pattern NOT_CONDUCT = Pattern.compile(
            "\\bhearing\\b|\\bpanel\\b|\\binvestigat|\\bnotices?\\b|\\brestricted\\b|\\bsuspended\\b|\\bresign|\\bretire|\\bjoined\\b|\\breferred\\b"
                    + "|\\bcourt\\b|\\bconvicted\\b|\\bsentenced\\b|\\bcharged\\b|\\barrested\\b|\\bpleaded\\b|\\bappeal|\\bpublished\\b|\\bcomplain", CI);
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

    /** Whether the sentence dates the hearing itself (not something "before the hearing"). */
    static boolean aboutHearing(String sentence) {
        return ABOUT_HEARING.matcher(sentence).find() && !BEFORE_HEARING.matcher(sentence).find()
                && !INVESTIGATION_BEGAN.matcher(sentence).find() && !NOTICES_SERVED.matcher(sentence).find();
    }

    static boolean hearingEnded(String sentence) {
        return HEARING_ENDED.matcher(sentence).find();
    }

    /** "a four-day hearing": its length in days, or null. */
    static Integer hearingDays(String sentence) {
        Matcher m = HEARING_LENGTH.matcher(sentence);
        return m.find() ? NumberWords.value(m.group(1)) : null;
    }

    static boolean investigationBegan(String sentence) {
        return INVESTIGATION_BEGAN.matcher(sentence).find();
    }

    static boolean noticesServed(String sentence) {
        return NOTICES_SERVED.matcher(sentence).find();
    }

    static boolean restrictedDuties(String sentence) {
        return RESTRICTED.matcher(sentence).find() && !sentence.matches("(?is).*\\bnot\\s+(?:been\\s+)?(?:placed|put)\\s+on\\s+restricted.*");
    }

    /** Whether a date in this sentence may be the date of the conduct: it speaks of nothing the process dates. */
    static boolean mayDateConduct(String sentence) {
        return !NOT_CONDUCT.matcher(sentence).find();
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
