package org.openhearings.draft;

import org.openhearings.domain.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates in one sentence of English prose. Only what is written is read: a day and month
 * without a year ("Friday 5 June") is not a date here, because the year would be a guess.
 */
final class ProseDates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String MORE_DAYS = "((?:(?:\\s*,\\s*|\\s+and\\s+|\\s*,?\\s*and\\s+)\\d{1,2}(?:st|nd|rd|th)?)*)";
    private static final String DAY_RANGE = "(?:\\s*(?:-|–|to|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    /** "12 March 2022", "3 and 4 May 2023", "2 to 5 October 2023", "March 12, 2022", "January and April 2022", "March 2021", "in 2019". */
    private static final Pattern DATE = Pattern.compile(
            "\\b" + MONTH + "\\s+(?:and|to|until|-|–)\\s+" + MONTH + ",?\\s+" + YEAR + "\\b"
                    + "|\\b" + DAY + MORE_DAYS + DAY_RANGE + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b"
                    + "|\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+" + YEAR + "\\b"
                    + "|\\b" + MONTH + ",?\\s+" + YEAR + "\\b"
                    + "|\\b(?:in|during|since|from|between|until|to|and)\\s+" + YEAR + "\\b(?!\\s*(?:officers|messages|people|hours))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern BETWEEN_OR_FROM = Pattern.compile("\\b(between|from)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINER = Pattern.compile("^\\s*(?:and|to|until|-|–)\\s*$", Pattern.CASE_INSENSITIVE);

    private ProseDates() {
    }

    static List<ProseDate> find(String sentence) {
        List<ProseDate> atoms = atoms(sentence);
        List<ProseDate> joined = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            ProseDate here = atoms.get(i);
            if (i + 1 < atoms.size() && !here.range() && opensRange(sentence, here.start())
                    && JOINER.matcher(sentence.substring(here.end(), atoms.get(i + 1).start())).matches()) {
                ProseDate next = atoms.get(i + 1);
                if (next.last().compareTo(here.first()) >= 0) {
                    joined.add(new ProseDate(here.start(), next.end(), List.of(here.first(), next.last()), true));
                    i++;
                    continue;
                }
            }
            joined.add(here);
        }
        return joined;
    }

    private static boolean opensRange(String sentence, int at) {
        return BETWEEN_OR_FROM.matcher(sentence.substring(Math.max(0, at - 10), at)).find();
    }

    private static List<ProseDate> atoms(String sentence) {
        List<ProseDate> found = new ArrayList<>();
        Matcher m = DATE.matcher(sentence);
        while (m.find()) {
            try {
                found.add(atom(sentence, m));
            } catch (IllegalArgumentException notACalendarDate) {
                // "31 June 2020" is no date: left for the operator rather than corrected.
            }
        }
        return found;
    }

    private static ProseDate atom(String sentence, Matcher m) {
        if (m.group(3) != null) { // month and month year: a range within one year
            int year = Integer.parseInt(m.group(3));
            return new ProseDate(m.start(), m.end(),
                    List.of(new PartialDate(year, month(m.group(1)), null), new PartialDate(year, month(m.group(2)), null)), true);
        }
        if (m.group(8) != null) { // day(s) month year
            int month = month(m.group(7));
            int year = Integer.parseInt(m.group(8));
            List<PartialDate> days = new ArrayList<>();
            days.add(new PartialDate(year, month, Integer.parseInt(m.group(4))));
            Matcher more = DAY_NUMBER.matcher(m.group(5));
            while (more.find()) {
                days.add(new PartialDate(year, month, Integer.parseInt(more.group())));
            }
            // "2 to 5 October", and "between 2 and 5 October": a range, not two days.
            boolean range = m.group(6) != null || days.size() == 2 && opensRange(sentence, m.start());
            if (m.group(6) != null) {
                days.add(new PartialDate(year, month, Integer.parseInt(m.group(6))));
            }
            return new ProseDate(m.start(), m.end(), List.copyOf(days), range);
        }
        if (m.group(11) != null) { // month day, year
            return single(m, new PartialDate(Integer.parseInt(m.group(11)), month(m.group(9)), Integer.parseInt(m.group(10))));
        }
        if (m.group(13) != null) { // month year
            return single(m, new PartialDate(Integer.parseInt(m.group(13)), month(m.group(12)), null));
        }
        // A bare year after a preposition: the date starts at the year, not at the preposition.
        int yearStart = m.start(14);
        return new ProseDate(yearStart, m.end(), List.of(new PartialDate(Integer.parseInt(m.group(14)), null, null)), false);
    }

    private static ProseDate single(Matcher m, PartialDate date) {
        return new ProseDate(m.start(), m.end(), List.of(date), false);
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
