package org.openhearings.draft;

import org.openhearings.anonymise.WordScreen;
import org.openhearings.anonymise.WordClasses;
import org.openhearings.domain.DatePrecision;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.PartialDate;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of one notice: finds the people, gives each sentence's facts to the officers it speaks of, and drafts the record. */
final class NoticeReading {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern LIST_JOINER = Pattern.compile("^[\\s,]*(?:and|&)?\\s*$", CI);
    private static final Pattern SPEAKER_AFTER = Pattern.compile("^\\s*,?\\s*(?:who\\s+(?:chaired|led)\\b[^,]*,\\s*)?(?:,\\s*)?"
            + "(?:said|says|added|commented|explained|expressed|stressed|welcomed|apologised|agreed|decided|ruled|concluded|chaired|noted"
            + "|as\\s+chair|the\\s+chair|chair\\s+of|head\\s+of|director|who\\s+chaired|who\\s+led|from\\s+the\\s+professional)\\b", CI);
    /** '"…," said Commander X', 'chaired by X', 'The chair, X, found'; not 'X said PC Y had…', where PC Y is spoken of. */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?:[\"”’]\\s*,?\\s*said|chaired\\s+by|led\\s+by|according\\s+to|\\bchair(?:man|woman|person)?\\s*,)\\s*$", CI);
    private static final Pattern REFERS_BACK_AS = Pattern.compile("\\bas\\s*$", CI);
    private static final Pattern ALL_OFFICERS = Pattern.compile(
            "\\ball\\s+(?:of\\s+)?(?:the\\s+)?(?:" + NumberWords.PATTERN + "\\s+)?(?:former\\s+)?officers\\b|\\ball\\s+" + NumberWords.PATTERN
                    + "\\b|\\ball\\s+of\\s+them\\b|\\beach\\s+(?:of\\s+the\\s+)?officers?\\b", CI);
    /** Words that refer back to the officers last named: "Both were dismissed", "The panel found their conduct…". */
    private static final Pattern ANAPHORA = Pattern.compile(
            "\\b(?:both|he|she|they|them|his|her|their|the\\s+(?:former\\s+)?(?:officers?|constable|sergeant|inspector|pair|two)|the\\s+"
                    + NumberWords.PATTERN + "\\s+(?:former\\s+)?officers)\\b", CI);
    private static final Pattern SUBJECT = Pattern.compile(
            "\\b(?:breach\\w*|found|misconduct|dismiss\\w*|warning|sanction|barred|proven|proved|allegations?|alleged)\\b", CI);
    /** "Three former officers would have been dismissed": a count of officers a case-wide sentence speaks of. */
    private static final Pattern COUNTED_OFFICERS = Pattern.compile(
            "\\b(" + NumberWords.PATTERN + ")\\s+(?:former\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}(?:police\\s+)?officers\\b", CI);
    private static final Pattern DISMISSED_EARLIER = Pattern.compile("\\bdismissed\\b[^.;]{0,30}\\bunrelated\\b", CI);
    private static final Pattern RESIGNED = Pattern.compile("\\b(?:has|had)?\\s*(?:since\\s+)?resigned\\b", CI);
    private static final Pattern RETIRED = Pattern.compile("\\b(?:has|had)?\\s*(?:since\\s+)?retired\\b", CI);
    private static final Set<Outcome> ONLY_FOR_SERVING = EnumSet.of(Outcome.DISMISSED_WITHOUT_NOTICE, Outcome.DISMISSED_WITH_NOTICE,
            Outcome.REDUCTION_IN_RANK, Outcome.FINAL_WRITTEN_WARNING, Outcome.WRITTEN_WARNING,
            Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING, Outcome.MANAGEMENT_ADVICE);

    private final String text;
    private final NoticeDrafter.SourceHint source;
    private final List<Sentence> sentences;
    private final List<Person> people = new ArrayList<>();
    private final DraftFields fields = new DraftFields();
    private final Map<String, String> undetermined = new LinkedHashMap<>();

    NoticeReading(String text, NoticeDrafter.SourceHint source) {
        this.text = text;
        this.source = source;
        this.sentences = NoticeSentences.split(text);
    }

    /** A person the notice names, as the reading builds them up. */
    private static final class Person {
        String name;
        boolean codename;
        String title;
        Rank rank;
        boolean former;
        boolean officer;
        final List<Draft.Span> mentions = new ArrayList<>();
        // Officer facts, each with the sentence it came from.
        final Set<Standard> standards = EnumSet.noneOf(Standard.class);
        final List<Sentence> standardsFrom = new ArrayList<>();
        Finding finding;
        Sentence findingFrom;
        Outcome outcome;
        Sentence outcomeFrom;
        Sentence dismissedUnclear;
        Integer warningMonths;
        Sentence warningFrom;
        Rank reducedTo;
        Sentence reducedFrom;
        Sentence barredFrom;
        OfficerStatus status;
        Sentence statusFrom;
        String unit;
        Sentence unitFrom;

        String surname() {
            String[] words = name.split("\\s+");
            return words[words.length - 1];
        }
    }

    /** A mention resolved to its person, and whether the person is speaking (or chairing) rather than spoken of. */
    private record Resolved(Mention mention, Person person, boolean speaker) {
    }

    Draft draft() {
        findPeople();
        List<List<Resolved>> mentions = sentences.stream().map(this::resolve).toList();
        classify(mentions);
        if (people.stream().noneMatch(p -> p.officer)) {
            findUnnamedOfficer();
        }
        readSentences(mentions);
        draftOfficers();
        draftEditorialFields();
        draftSource();
        return new Draft(fields.record(), fields.citations(), foundPeople(), possibleNames(),
                undetermined.entrySet().stream().map(e -> new Draft.Undetermined(e.getKey(), e.getValue())).toList());
    }

    // --- people ---

    private void findPeople() {
        for (Sentence sentence : sentences) {
            for (Mention mention : MentionFinder.find(sentence.text(), knownNames())) {
                person(mention);
            }
        }
    }

    /** Names already met that later text may use alone: full names, and surnames that are not ordinary words ("Brook", "Field"). */
    private List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (Person person : people) {
            if (person.codename) {
                continue;
            }
            names.add(person.name);
            String surname = person.surname();
            boolean unique = people.stream().filter(p -> !p.codename && p.surname().equals(surname)).count() == 1;
            if (unique && !WordClasses.get().isOrdinary(surname.toLowerCase(Locale.ROOT)) && !surname.equals(person.name)) {
                names.add(surname);
            }
        }
        return names;
    }

    private Person person(Mention mention) {
        Person found = people.stream().filter(p -> p.name.equals(mention.name())).findFirst().orElse(null);
        if (found == null && !mention.codename()) {
            List<Person> sameSurname = people.stream().filter(p -> !p.codename && p.surname().equals(mention.surname())).toList();
            // "PC Doe" is the "Jane Doe" met before; a full name met after a bare surname completes it.
            if (sameSurname.size() == 1 && (!mention.fullName() || !sameSurname.get(0).name.contains(" "))) {
                found = sameSurname.get(0);
                if (mention.fullName()) {
                    found.name = mention.name();
                }
            }
        }
        if (found == null) {
            found = new Person();
            found.name = mention.name();
            found.codename = mention.codename();
            people.add(found);
        }
        if (found.rank == null && mention.rank() != null) {
            found.rank = mention.rank();
            found.title = mention.title();
        }
        found.former |= mention.former();
        return found;
    }

    private List<Resolved> resolve(Sentence sentence) {
        List<Resolved> resolved = new ArrayList<>();
        for (Mention mention : MentionFinder.find(sentence.text(), knownNames())) {
            Person person = person(mention);
            person.mentions.add(new Draft.Span(sentence.start() + mention.start(), sentence.start() + mention.end()));
            String before = sentence.text().substring(0, mention.start());
            String after = sentence.text().substring(mention.end());
            boolean speaker = SPEAKER_AFTER.matcher(after).find() || SPEAKER_BEFORE.matcher(before).find();
            resolved.add(new Resolved(mention, person, speaker));
        }
        return resolved;
    }

    /**
     * An officer in the case is a person the notice finds against, a person it names by rank and never
     * quotes or names as chair, or a codename (given only to officers).
     */
    private void classify(List<List<Resolved>> mentions) {
        Set<Person> speakers = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (Group group : groups(sentences.get(i), mentions.get(i))) {
                if (SUBJECT.matcher(group.segment()).find() || !StandardPhrases.in(group.segment()).isEmpty()) {
                    group.people().forEach(p -> p.officer = true);
                }
            }
            mentions.get(i).stream().filter(Resolved::speaker).forEach(r -> speakers.add(r.person()));
        }
        people.stream().filter(p -> p.codename || p.rank != null && !speakers.contains(p)).forEach(p -> p.officer = true);
    }

    /** A notice about one officer it does not name: "a former special constable", "the officer, who cannot be named". */
    private void findUnnamedOfficer() {
        for (Sentence sentence : sentences) {
            Matcher m = RankTitles.COMMON_NOUN.matcher(sentence.text());
            if (m.find() && SUBJECT.matcher(sentence.text()).find()) {
                Person person = new Person();
                person.name = "";
                person.codename = true;
                person.officer = true;
                person.former = m.group(1) != null;
                person.rank = RankTitles.rankOfCommonNoun(m);
                person.mentions.add(new Draft.Span(sentence.start() + m.start(), sentence.start() + m.end()));
                people.add(person);
                return;
            }
        }
    }

    /** Mentions joined only by commas and "and" speak of one group; the group's stretch runs to the next group. */
    private record Group(List<Person> people, String segment, int start, boolean comparedTo) {
    }

    private static List<Group> groups(Sentence sentence, List<Resolved> mentions) {
        List<List<Resolved>> runs = new ArrayList<>();
        for (Resolved r : mentions) {
            List<Resolved> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && LIST_JOINER.matcher(sentence.text().substring(run.get(run.size() - 1).mention().end(), r.mention().start())).matches()) {
                run.add(r);
            } else {
                runs.add(new ArrayList<>(List.of(r)));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int from = i == 0 ? 0 : runs.get(i).get(0).mention().start();
            int to = i + 1 < runs.size() ? runs.get(i + 1).get(0).mention().start() : sentence.text().length();
            List<Person> spokenOf = runs.get(i).stream().filter(r -> !r.speaker()).map(Resolved::person).distinct().toList();
            boolean comparedTo = i > 0 && REFERS_BACK_AS.matcher(sentence.text().substring(0, runs.get(i).get(0).mention().start())).find();
            groups.add(new Group(spokenOf, sentence.text().substring(from, to), runs.get(i).get(0).mention().start(), comparedTo));
        }
        return groups;
    }

    // --- facts, sentence by sentence ---

    private final Map<Force, List<Sentence>> forces = new EnumMap<>(Force.class);
    private final Map<Finding, List<Sentence>> caseFindings = new EnumMap<>(Finding.class);
    private final List<ProseDate> conductDates = new ArrayList<>();
    private final List<Sentence> conductFrom = new ArrayList<>();
    private Set<Standard> lastStandards = Set.of();

    private void readSentences(List<List<Resolved>> mentions) {
        List<Person> officers = officers();
        List<Person> current = List.of();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Group> groups = groups(sentence, mentions.get(i)).stream()
                    .map(g -> new Group(g.people().stream().filter(p -> p.officer).toList(), g.segment(), g.start(), g.comparedTo()))
                    .filter(g -> !g.people().isEmpty()).toList();
            List<Person> spokenOf = new ArrayList<>();
            if (!groups.isEmpty()) {
                for (int g = 0; g < groups.size(); g++) {
                    Group group = groups.get(g);
                    Group next = g + 1 < groups.size() ? groups.get(g + 1) : null;
                    if (next != null && next.comparedTo()) { // "breached the same standards as PC Hale and PC Oduya and would…"
                        apply(group.segment() + next.segment(), group.people(), sentence, next.people());
                        spokenOf.addAll(group.people());
                        g++;
                        continue;
                    }
                    apply(group.segment(), group.people(), sentence, List.of());
                    spokenOf.addAll(group.people());
                }
                current = spokenOf;
            } else {
                List<Person> targets = ALL_OFFICERS.matcher(sentence.text()).find() ? officers
                        : ANAPHORA.matcher(sentence.text()).find() && !current.isEmpty() ? current
                        : officers.size() == 1 ? officers : List.of();
                if (!targets.isEmpty()) {
                    apply(sentence.text(), targets, sentence, List.of());
                } else {
                    readCaseWide(sentence);
                }
                readDepartures(sentence);
            }
            readUnits(sentence, groups, current);
            readCase(sentence);
        }
    }

    /** A sentence about the case, no officer named: its finding may hold for all, its outcome for as many as it counts. */
    private void readCaseWide(Sentence sentence) {
        Finding finding = OfficerPhrases.finding(sentence.text());
        if (finding != null) {
            caseFindings.computeIfAbsent(finding, f -> new ArrayList<>()).add(sentence);
        }
        Outcome outcome = OfficerPhrases.outcome(sentence.text());
        Matcher counted = COUNTED_OFFICERS.matcher(sentence.text());
        if (outcome != null && counted.find() && NumberWords.value(counted.group(1)) != null) {
            caseOutcomes.add(new CaseOutcome(outcome, NumberWords.value(counted.group(1)), sentence));
        }
    }

    private record CaseOutcome(Outcome outcome, int officers, Sentence from) {
    }

    private final List<CaseOutcome> caseOutcomes = new ArrayList<>();

    private List<Person> officers() {
        return people.stream().filter(p -> p.officer).toList();
    }

    /** Gives a stretch's facts to the officers it speaks of; "the same standards" are those of the officers compared with, or the last named. */
    private void apply(String segment, List<Person> officers, Sentence sentence, List<Person> comparedWith) {
        Set<Standard> standards = EnumSet.noneOf(Standard.class);
        standards.addAll(StandardPhrases.in(segment));
        if (OfficerPhrases.sameStandards(segment)) {
            standards.addAll(comparedWith.isEmpty() ? lastStandards : comparedWith.get(0).standards);
        }
        Finding finding = OfficerPhrases.finding(segment);
        Outcome outcome = OfficerPhrases.outcome(segment);
        Integer months = OfficerPhrases.warningMonths(segment);
        Rank reducedTo = OfficerPhrases.reducedTo(segment);
        boolean barred = OfficerPhrases.barred(segment);
        for (Person officer : officers) {
            if (!standards.isEmpty()) {
                officer.standards.addAll(standards);
                officer.standardsFrom.add(sentence);
            }
            if (finding != null && officer.finding == null) {
                officer.finding = finding;
                officer.findingFrom = sentence;
            }
            if (outcome != null && officer.outcome == null) {
                officer.outcome = outcome;
                officer.outcomeFrom = sentence;
            } else if (OfficerPhrases.dismissedWithoutSayingHow(segment)) {
                officer.dismissedUnclear = sentence;
            }
            if (months != null && officer.warningMonths == null) {
                officer.warningMonths = months;
                officer.warningFrom = sentence;
            }
            if (reducedTo != null && officer.reducedTo == null) {
                officer.reducedTo = reducedTo;
                officer.reducedFrom = sentence;
            }
            if (barred && officer.barredFrom == null) {
                officer.barredFrom = sentence;
            }
            if (officers.size() == 1 && officer.status == null) {
                readOwnDeparture(officer, segment, sentence);
            }
        }
        if (!standards.isEmpty()) {
            lastStandards = EnumSet.copyOf(officers.get(0).standards);
        }
    }

    /** "He resigned", "who retired in 2023"; not "Five of them resigned", which counts departures across the case. */
    private static void readOwnDeparture(Person officer, String segment, Sentence sentence) {
        if (CasePhrases.departed(segment) != null) {
            return;
        }
        if (DISMISSED_EARLIER.matcher(segment).find()) {
            officer.status = OfficerStatus.DISMISSED;
        } else if (RESIGNED.matcher(segment).find()) {
            officer.status = OfficerStatus.RESIGNED;
        } else if (RETIRED.matcher(segment).find()) {
            officer.status = OfficerStatus.RETIRED;
        }
        if (officer.status != null) {
            officer.statusFrom = sentence;
        }
    }

    /** A unit goes to the officers named just before it, or to "all officers" the sentence has not named apart. */
    private void readUnits(Sentence sentence, List<Group> groups, List<Person> current) {
        Matcher all = ALL_OFFICERS.matcher(sentence.text());
        int allAt = all.find() ? all.start() : -1;
        for (OfficerPhrases.Unit unit : OfficerPhrases.units(sentence.text())) {
            Group before = groups.stream().filter(g -> g.start() < unit.start()).reduce((a, b) -> b).orElse(null);
            List<Person> to;
            if (allAt >= 0 && allAt < unit.start() && (before == null || allAt > before.start())) {
                Set<Person> namedApart = new LinkedHashSet<>();
                groups.forEach(g -> namedApart.addAll(g.people()));
                to = officers().stream().filter(p -> !namedApart.contains(p)).toList();
            } else if (before != null) {
                to = before.people();
            } else {
                to = groups.isEmpty() && ANAPHORA.matcher(sentence.text()).find() ? current : List.of();
            }
            for (Person officer : to) {
                if (officer.unit == null) {
                    officer.unit = unit.name();
                    officer.unitFrom = sentence;
                }
            }
        }
    }

    private Departures departures;

    private record Departures(int resigned, int retired, int dismissed, List<Sentence> from) {
    }

    private void readDepartures(Sentence sentence) {
        CasePhrases.Departed departed = CasePhrases.departed(sentence.text());
        if (departed == null) {
            return;
        }
        List<Sentence> from = new ArrayList<>(departures == null ? List.of() : departures.from());
        from.add(sentence);
        departures = departures == null
                ? new Departures(departed.resigned(), departed.retired(), departed.dismissed(), from)
                : new Departures(departures.resigned() + departed.resigned(), departures.retired() + departed.retired(),
                        departures.dismissed() + departed.dismissed(), from);
    }

    private void readCase(Sentence sentence) {
        String s = sentence.text();
        ForceNames.in(s).forEach(force -> forces.computeIfAbsent(force, f -> new ArrayList<>()).add(sentence));
        HearingType type = CasePhrases.hearingType(s);
        if (type != null && !fields.has("hearingType")) {
            fields.put("hearingType", type.name(), sentence);
        }
        if (CasePhrases.restrictedDuties(s) && !fields.has("restrictedDuties")) {
            fields.put("restrictedDuties", true, sentence);
        }
        CasePhrases.Counted counted = CasePhrases.evidence(s);
        if (counted != null && !fields.has("evidence.count")) {
            fields.put("evidence.description", counted.description(), sentence);
            fields.put("evidence.count", counted.count(), sentence);
            fields.put("evidence.qualifier", counted.qualifier().name(), sentence);
        }
        Integer total = CasePhrases.officerTotal(s);
        if (total != null && statedOfficerTotal == null) {
            statedOfficerTotal = total;
            statedOfficerTotalFrom = sentence;
        }
        readDates(sentence);
    }

    private Integer statedOfficerTotal;
    private Sentence statedOfficerTotalFrom;

    private void readDates(Sentence sentence) {
        int floor = 0;
        for (ProseDate date : ProseDates.find(sentence.text())) {
            String s = sentence.text();
            switch (CasePhrases.cue(s, floor, date)) {
                case INVESTIGATION -> putOnce("investigationStarted", date.first().toString(), sentence);
                case NOTICES -> {
                    putOnce("noticesServed", date.first().toString(), sentence);
                    if (CasePhrases.restrictedDuties(s)) { // "served with notices in April 2021 and placed on restricted duties"
                        putOnce("restrictedDutiesFrom", date.first().toString(), sentence);
                    }
                }
                case RESTRICTED -> {
                    if (CasePhrases.restrictedDuties(s)) {
                        putOnce("restrictedDutiesFrom", date.first().toString(), sentence);
                    }
                }
                case HEARING -> readHearingDate(sentence, date);
                case CONDUCT -> {
                    conductDates.add(date);
                    conductFrom.add(sentence);
                }
                case OTHER -> { } // a resignation, a conviction, a publication: not a date the record holds
            }
            floor = date.end();
        }
    }

    private void readHearingDate(Sentence sentence, ProseDate date) {
        if (fields.has("hearingDates") || fields.has("hearingEnded")) {
            return;
        }
        Integer days = CasePhrases.hearingDays(sentence.text());
        boolean byDay = date.first().precision() == DatePrecision.DAY;
        if (date.range() || CasePhrases.hearingEnded(sentence.text()) || !byDay) {
            fields.put("hearingEnded", date.last().toString(), sentence);
            if (days != null) {
                fields.put("hearingDays", days, sentence);
            }
        } else {
            fields.put("hearingDates", date.dates().stream().map(PartialDate::toString).toList(), sentence);
        }
    }

    private void putOnce(String path, Object value, Sentence sentence) {
        if (!fields.has(path)) {
            fields.put(path, value, sentence);
        }
    }

    // --- the record ---

    private void draftOfficers() {
        List<Person> officers = officers();
        List<Person> withoutOutcome = officers.stream().filter(o -> o.outcome == null).toList();
        // "Three former officers would have been dismissed": holds for the officers without an outcome only if it counts exactly them.
        caseOutcomes.stream().filter(c -> c.officers() == withoutOutcome.size()).findFirst().ifPresent(c -> withoutOutcome.forEach(o -> {
            o.outcome = c.outcome();
            o.outcomeFrom = c.from();
        }));
        List<Sentence> caseFinding = caseFindings.size() == 1 ? caseFindings.values().iterator().next() : List.of();
        for (int i = 0; i < officers.size(); i++) {
            Person o = officers.get(i);
            String at = "officers[" + i + "].";
            Sentence named = o.mentions.isEmpty() ? null : sentenceAt(o.mentions.get(0).start());
            if (o.codename && !o.name.isEmpty()) {
                fields.put(at + "label", o.name, named);
            } else if (!o.codename) {
                fields.put(at + "name", o.name, named);
            }
            if (o.rank != null) {
                fields.put(at + "rank", o.rank.name(), named);
            } else {
                undetermined.put(at + "rank", "the text gives no rank for this officer");
            }
            draftStatus(o, at);
            if (o.unit != null) {
                fields.put(at + "unitType", o.unit, o.unitFrom);
            }
            if (o.finding == null && !caseFinding.isEmpty()) {
                o.finding = caseFindings.keySet().iterator().next();
                caseFinding.forEach(sentence -> fields.cite(at + "allegations[0].finding", sentence));
            }
            if (!o.standards.isEmpty()) {
                fields.put(at + "allegations[0].standards", o.standards.stream().map(Enum::name).toList(), null);
                o.standardsFrom.forEach(sentence -> fields.cite(at + "allegations[0].standards", sentence));
            } else {
                undetermined.put(at + "allegations[0].standards", "the text names no standard for this officer");
            }
            if (o.finding != null) {
                fields.put(at + "allegations[0].finding", o.finding.name(), o.findingFrom);
            } else {
                undetermined.put(at + "allegations[0].finding", "the text states no finding for this officer");
            }
            draftOutcome(o, at);
        }
        if (officers.isEmpty()) {
            undetermined.put("officers", "no officer found against could be identified in the text");
            return;
        }
        if (statedOfficerTotal != null && statedOfficerTotal != officers.size()) {
            undetermined.put("officerCount", "the text states " + statedOfficerTotal + " officers but " + officers.size() + " were found");
        } else {
            fields.put("officerCount", officers.size(), statedOfficerTotalFrom);
        }
        draftDepartures(officers);
    }

    private Sentence sentenceAt(int offset) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst().orElse(null);
    }

    private void draftStatus(Person o, String at) {
        if (o.status == null && o.former) {
            o.status = OfficerStatus.FORMER;
        }
        if (o.status == null && o.outcome != null && ONLY_FOR_SERVING.contains(o.outcome)) {
            o.status = OfficerStatus.SERVING; // only a serving officer can be dismissed, warned or reduced in rank
            o.statusFrom = o.outcomeFrom;
        }
        if (o.status == null && o.outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED) {
            o.status = OfficerStatus.FORMER;
            o.statusFrom = o.outcomeFrom;
        }
        if (o.status != null) {
            fields.put(at + "status", o.status.name(), o.statusFrom);
        } else {
            undetermined.put(at + "status", "the text does not say whether this officer was still serving");
        }
    }

    private void draftOutcome(Person o, String at) {
        if (o.outcome == null) {
            undetermined.put(at + "outcome", o.dismissedUnclear != null
                    ? "the text says dismissed without saying whether with or without notice"
                    : "the text states no outcome for this officer");
        } else {
            fields.put(at + "outcome", o.outcome.name(), o.outcomeFrom);
        }
        if (o.warningMonths != null && o.outcome != null && o.outcome.warning()) {
            fields.put(at + "warningMonths", o.warningMonths, o.warningFrom);
        }
        if (o.reducedTo != null && o.outcome == Outcome.REDUCTION_IN_RANK) {
            fields.put(at + "reducedTo", o.reducedTo.name(), o.reducedFrom);
        }
        if (o.barredFrom != null || (o.outcome != null && o.outcome.dismissal())) {
            fields.put(at + "barredList", true, o.barredFrom != null ? o.barredFrom : o.outcomeFrom);
        } else if (o.outcome != null) {
            fields.put(at + "barredList", false, o.outcomeFrom); // only dismissals go on the Barred List
        } else {
            undetermined.put(at + "barredList", "the text neither states a Barred List entry nor an outcome it follows from");
        }
    }

    private void draftDepartures(List<Person> officers) {
        if (departures == null) {
            return;
        }
        long former = officers.stream().filter(p -> p.status == null || p.status.former()).count();
        int stated = departures.resigned() + departures.retired() + departures.dismissed();
        if (stated > former) {
            undetermined.put("departures", "the text states " + stated + " departures but " + former + " former officers were found");
            return;
        }
        fields.put("departures.resigned", departures.resigned(), null);
        fields.put("departures.retired", departures.retired(), null);
        fields.put("departures.dismissedForOtherReasons", departures.dismissed(), null);
        departures.from().forEach(sentence -> fields.cite("departures", sentence));
    }

    private void draftEditorialFields() {
        draftForce();
        if (!fields.has("hearingType")) {
            boolean misconduct = CasePhrases.speaksOfMisconduct(text);
            sentences.stream().filter(s -> CasePhrases.plainHearing(s.text(), misconduct)).findFirst()
                    .ifPresent(s -> fields.put("hearingType", HearingType.MISCONDUCT_HEARING.name(), s));
        }
        if (!fields.has("hearingType")) {
            undetermined.put("hearingType", "the text does not name the kind of proceedings");
        }
        if (!fields.has("hearingDates") && !fields.has("hearingEnded")) {
            undetermined.put("hearingDates", "the text gives no date for the hearing");
        }
        draftConductDates();
        for (String field : List.of("investigationStarted", "noticesServed", "restrictedDuties", "evidence.count")) {
            if (!fields.has(field)) {
                undetermined.put(field, "not stated in the text");
            }
        }
        Sentence first = sentences.isEmpty() ? null : sentences.get(0);
        if (first != null && first.text().length() <= 150 && !first.text().matches("(?s).*[.!?:;]$")) {
            fields.put("title", first.text(), first); // a headline stands on its own line without a full stop
        } else {
            undetermined.put("title", "the text has no headline: write one");
        }
        undetermined.put("conduct", "write the conduct in a sentence of your own, from the cited sentences");
        undetermined.put("conductCategories", "choose the conduct categories the cited sentences support, or leave the field out");
        List<Sentence> cited = new ArrayList<>();
        fields.citations().forEach(c -> sentences.stream().filter(s -> s.start() == c.start() && !cited.contains(s)).forEach(cited::add));
        cited.sort(Comparator.comparingInt(Sentence::start));
        cited.remove(first != null && fields.has("title") ? first : null);
        if (!cited.isEmpty()) {
            fields.put("summary", String.join(" ", cited.stream().map(Sentence::text).toList()), null);
        }
        draftOtherPeople();
    }

    private void draftForce() {
        if (forces.isEmpty()) {
            undetermined.put("force", "the text names no force");
            return;
        }
        int most = forces.values().stream().mapToInt(List::size).max().orElse(0);
        List<Force> leading = forces.entrySet().stream().filter(e -> e.getValue().size() == most).map(Map.Entry::getKey).toList();
        if (leading.size() > 1) {
            undetermined.put("force", "the text names several forces equally often");
            return;
        }
        fields.put("force", leading.get(0).name(), null);
        forces.get(leading.get(0)).forEach(sentence -> fields.cite("force", sentence));
    }

    /** One conduct date, or the period its dates span; a stated range is a period as it stands. */
    private void draftConductDates() {
        if (conductDates.isEmpty()) {
            undetermined.put("conductPeriod", "the text gives no date for the conduct");
            return;
        }
        PartialDate from = conductDates.stream().map(ProseDate::first).min(Comparator.naturalOrder()).orElseThrow();
        PartialDate to = conductDates.stream().map(ProseDate::last).max(Comparator.naturalOrder()).orElseThrow();
        if (from.equals(to)) {
            fields.put("conductDate", from.toString(), null);
            conductFrom.forEach(sentence -> fields.cite("conductDate", sentence));
        } else {
            fields.put("conductPeriod.from", from.toString(), null);
            fields.put("conductPeriod.to", to.toString(), null);
            conductFrom.forEach(sentence -> fields.cite("conductPeriod", sentence));
        }
    }

    private void draftOtherPeople() {
        int i = 0;
        for (Person person : people) {
            if (person.officer || person.codename) {
                continue;
            }
            fields.put("otherPeople[" + i + "].name", person.name, null);
            fields.put("otherPeople[" + i + "].role", role(person), null);
            i++;
        }
    }

    /** "a commander": the title the notice gives, which is all it says of the person's role. */
    private static String role(Person person) {
        if (person.title == null || person.rank == null) {
            return "a person named in the notice";
        }
        String title = person.title.length() <= 4 ? person.rank.label() : person.title;
        String lower = title.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    private void draftSource() {
        putHint("source.url", source.url());
        putHint("source.publisher", source.publisher());
        putHint("source.published", source.published());
    }

    private void putHint(String path, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(path, value, null);
        } else {
            undetermined.put(path, "not in the text: give it with the draft command's options");
        }
    }

    private List<Draft.FoundPerson> foundPeople() {
        return people.stream().map(p -> new Draft.FoundPerson(p.name.isEmpty() ? null : p.name, p.officer ? "officer" : "other person",
                p.rank == null ? null : p.rank.name(), p.status == null ? null : p.status.name(), p.officer ? null : role(p),
                List.copyOf(p.mentions))).toList();
    }

    /**
     * What ingest's fail-closed screen would refuse outside the people found: for the operator to list,
     * reword or mark before ingest.
     */
    private List<Draft.PossibleName> possibleNames() {
        List<int[]> covered = people.stream().flatMap(p -> p.mentions.stream()).map(m -> new int[] {m.start(), m.end()}).toList();
        return WordScreen.screen(text, covered, List.of()).stream()
                .map(s -> new Draft.PossibleName(s.start(), s.end(), text.substring(s.start(), s.end()), s.rule().description()))
                .toList();
    }
}
