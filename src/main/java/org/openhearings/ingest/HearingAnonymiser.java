package org.openhearings.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.openhearings.anonymise.Identity;
import org.openhearings.anonymise.NameLeakGuard;
import org.openhearings.anonymise.NameMatcher;
import org.openhearings.anonymise.NameRedactor;
import org.openhearings.anonymise.NotNameRules;
import org.openhearings.anonymise.PlainText;
import org.openhearings.anonymise.ScreenFinding;
import org.openhearings.anonymise.ScreenRule;
import org.openhearings.anonymise.WordScreen;
import org.openhearings.domain.Allegation;
import org.openhearings.domain.Evidence;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a raw record into a publishable one. Every free-text field (title, conduct, summary, allegations,
 * evidence, unit types, labels, roles, publisher, correction) takes one path: refused unread if too long;
 * made plain (markup, invisible characters, stylised letters); every mention of a listed person becomes
 * that officer's label or the person's role, and a listed name that is also an ordinary word, where it
 * could be either, is refused as ambiguous; then every other word must be accounted for
 * ({@link WordScreen}), and finally the leak guard reads every string of the published record for any
 * listed name. A refusal names the field, a character offset into the raw text or the person's position
 * in the input, and the rule broken; never a name.
 */
@Singleton
public class HearingAnonymiser {
    /** A free-text field longer than this is refused before it is read: the published record's own limit. */
    static final int MAX_FIELD_CHARACTERS = 200_000;
    /** A garbled field would otherwise give thousands: the first ones show the operator where to start. */
    private static final int MAX_REFUSALS_PER_FIELD = 20;
    private final JsonMapper json;

    public HearingAnonymiser(JsonMapper json) {
        this.json = json;
    }

    /** The record as it would be published, or the refusals that stop it. */
    public AnonymisedHearing anonymise(String record, RawHearing raw) {
        AnonymisationReview review = review(record, raw);
        if (!review.errors().isEmpty()) {
            throw new InvalidRecordException(review.errors());
        }
        return new AnonymisedHearing(review.hearing(), review.correction());
    }

    /**
     * Every step of the anonymisation, kept for the operator's preview: each free-text field as read, with
     * what was replaced and what is refused at which place; the refusals; the record as it would be published.
     */
    public AnonymisationReview review(String record, RawHearing raw) {
        List<String> labels = labels(record, raw.officers());
        List<Identity> people = new ArrayList<>();
        for (int i = 0; i < raw.officers().size(); i++) {
            RawOfficer officer = raw.officers().get(i);
            List<String> identifiers = officer.warrantNumber() == null ? List.of() : List.of(officer.warrantNumber());
            people.add(new Identity(officer.name(), identifiers, labels.get(i), true));
        }
        raw.otherPeople().forEach(p -> people.add(new Identity(p.name(), List.of(), p.role(), false)));
        NameRedactor redactor = new NameRedactor(people);
        List<FieldError> errors = new ArrayList<>();
        List<AnonymisationReview.Field> fields = new ArrayList<>();
        Redaction redact = new Redaction(record, raw.notNames(), redactor, errors, fields);
        for (int i = 0; i < labels.size(); i++) {
            redact.field("officers[" + i + "].label", labels.get(i));
        }
        for (int i = 0; i < raw.otherPeople().size(); i++) {
            redact.field("otherPeople[" + i + "].role", raw.otherPeople().get(i).role());
        }

        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < raw.officers().size(); i++) {
            RawOfficer o = raw.officers().get(i);
            String at = "officers[" + i + "].";
            List<Allegation> allegations = new ArrayList<>();
            for (int j = 0; j < o.allegations().size(); j++) {
                Allegation a = o.allegations().get(j);
                allegations.add(new Allegation(redact.field(at + "allegations[" + j + "].description", a.description()),
                        a.standards(), a.finding()));
            }
            officers.add(Officer.of(labels.get(i), o.rank(), o.status(), redact.field(at + "unitType", o.unitType()),
                    allegations, o.outcome(), o.outcomeTerms(), o.barredList()));
        }
        Evidence evidence = raw.evidence() == null ? null : new Evidence(
                redact.field("evidence.description", raw.evidence().description()),
                raw.evidence().count(), raw.evidence().qualifier());
        Hearing hearing = new Hearing(raw.id(), raw.force(), raw.hearingType(),
                raw.hearingDates(), raw.hearingEnded(), raw.hearingDays(), redact.field("title", raw.title()), redact.field("conduct", raw.conduct()),
                raw.conductCategories(), redact.field("summary", raw.summary()), raw.conductPeriod(), raw.investigationStarted(),
                raw.noticesServed(), raw.restrictedDuties(), raw.restrictedDutiesFrom(), evidence,
                raw.officerCount(), raw.departures(), officers, publishedSource(raw, redact), raw.generated(), null);
        String correction = redact.field("correction", raw.correction());
        NameLeakGuard guard = new NameLeakGuard(people);
        checkNotNames(record, raw, people, errors);
        errors.addAll(leaks(record, hearing, correction, guard, raw.officers().size()));
        return new AnonymisationReview(hearing, correction, fields, errors);
    }

    private static String nullSafe(String text) {
        return text == null ? "" : text;
    }

    private static org.openhearings.domain.Source publishedSource(RawHearing raw, Redaction redact) {
        org.openhearings.domain.Source source = raw.source();
        return source == null ? null : new org.openhearings.domain.Source(redact.field("source.publisher", source.publisher()),
                source.published());
    }

    /**
     * Takes each free-text field along the one path, collecting refusals: offsets point into the raw
     * field as the operator wrote it.
     */
    private record Redaction(String record, List<String> notNames, NameRedactor redactor, List<FieldError> errors,
                             List<AnonymisationReview.Field> fields) {
        String field(String field, String text) {
            if (text == null) {
                return null;
            }
            List<ScreenFinding> tooLong = WordScreen.tooLong(text, MAX_FIELD_CHARACTERS);
            if (!tooLong.isEmpty()) {
                tooLong.forEach(f -> errors.add(refusal(field, f.start(), f.rule())));
                fields.add(new AnonymisationReview.Field(field, "", List.of(new AnonymisationReview.Mark(0, 0, null,
                        tooLong.get(0).rule()))));
                return "";
            }
            PlainText plain = PlainText.of(text);
            String clean = plain.text();
            List<NameMatcher.Span> mentions = redactor.mentions(clean);
            List<int[]> named = new ArrayList<>();
            List<int[]> accounted = new ArrayList<>(NotNameRules.occurrences(clean, notNames));
            List<FieldError> found = new ArrayList<>();
            List<AnonymisationReview.Mark> marks = new ArrayList<>();
            for (NameMatcher.Span span : mentions) {
                if (span.ambiguous()) {
                    found.add(refusal(field, plain.rawOffset(span.start()), ScreenRule.AMBIGUOUS_NAME));
                    marks.add(new AnonymisationReview.Mark(span.start(), span.end(), null, ScreenRule.AMBIGUOUS_NAME));
                    accounted.add(new int[] {span.start(), span.end()}); // refused once, as ambiguous
                } else {
                    named.add(new int[] {span.start(), span.end()});
                    marks.add(new AnonymisationReview.Mark(span.start(), span.end(), redactor.replacementFor(span), null));
                }
            }
            for (ScreenFinding finding : WordScreen.screen(clean, named, accounted)) {
                found.add(refusal(field, plain.rawOffset(finding.start()), finding.rule()));
                marks.add(new AnonymisationReview.Mark(finding.start(), finding.end(), null, finding.rule()));
            }
            fields.add(new AnonymisationReview.Field(field, clean, marks));
            errors.addAll(found.subList(0, Math.min(found.size(), MAX_REFUSALS_PER_FIELD)));
            if (found.size() > MAX_REFUSALS_PER_FIELD) {
                errors.add(new FieldError(record, field, "and " + (found.size() - MAX_REFUSALS_PER_FIELD)
                        + " more places like these; mend those first"));
            }
            return redactor.redact(clean, mentions);
        }

        private FieldError refusal(String field, int offset, ScreenRule rule) {
            return new FieldError(record, field, rule.description() + " at character " + offset + " ("
                    + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "); " + rule.remedy());
        }
    }

    /** Each not-a-name phrase must occur in the record's text and may not approve a name. */
    private static void checkNotNames(String record, RawHearing raw, List<Identity> people, List<FieldError> errors) {
        String allText = String.join("\n", nullSafe(raw.title()), nullSafe(raw.conduct()), nullSafe(raw.summary()),
                nullSafe(raw.correction()), raw.source() == null ? "" : nullSafe(raw.source().publisher()),
                raw.evidence() == null ? "" : nullSafe(raw.evidence().description()),
                raw.otherPeople().stream().map(p -> nullSafe(p.role())).collect(Collectors.joining("\n")),
                raw.officers().stream().map(o -> nullSafe(o.unitType()) + "\n" + nullSafe(o.label()) + "\n" + o.allegations().stream()
                        .map(a -> nullSafe(a.description())).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n")));
        NotNameRules rules = new NotNameRules(people);
        for (int i = 0; i < raw.notNames().size(); i++) {
            String phrase = raw.notNames().get(i);
            if (!NotNameRules.occursIn(PlainText.of(allText).text(), phrase)) {
                errors.add(new FieldError(record, "notNames[" + i + "]", "does not occur in the record's text"));
            } else {
                String field = "notNames[" + i + "]";
                rules.objection(phrase).ifPresent(why -> errors.add(new FieldError(record, field, why)));
            }
        }
    }

    private static List<String> labels(String record, List<RawOfficer> officers) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            String given = officers.get(i).label();
            String label = given != null ? given : "Officer " + letters(i);
            if (!seen.add(label)) {
                errors.add(new FieldError(record, "officers[" + i + "].label", "is the label of another officer too"));
            }
            labels.add(label);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
        return labels;
    }

    /** A, B, …, Z, AA, AB, … */
    static String letters(int index) {
        String prefix = index >= 26 ? letters(index / 26 - 1) : "";
        return prefix + (char) ('A' + index % 26);
    }

    /**
     * Every string that will be published: the record's, found by walking its JSON so no new field escapes
     * the check, and the correction reason that goes into its log.
     */
    private List<FieldError> leaks(String record, Hearing hearing, String correction, NameLeakGuard guard, int officerCount) {
        Map<String, String> strings = new LinkedHashMap<>();
        try {
            collectStrings("", json.writeValueToTree(hearing), strings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (correction != null) {
            strings.put("correction", correction);
        }
        List<FieldError> errors = new ArrayList<>();
        strings.forEach((field, text) -> {
            List<Integer> named = guard.peopleNamedIn(text);
            if (!named.isEmpty()) {
                errors.add(new FieldError(record, field, "would still name "
                        + named.stream().map(i -> personAt(i, officerCount)).collect(Collectors.joining(", "))
                        + " after redaction; reword the text or list the name form used"));
            }
        });
        return errors;
    }

    private static void collectStrings(String path, JsonNode node, Map<String, String> into) {
        if (node.isString()) {
            into.put(path, node.getStringValue());
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                collectStrings(path + "[" + i++ + "]", item, into);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                collectStrings(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), into);
            }
        }
    }

    private static String personAt(int index, int officerCount) {
        return index < officerCount ? "officers[" + index + "]" : "otherPeople[" + (index - officerCount) + "]";
    }
}
