package org.openhearings.ingest;

import jakarta.inject.Singleton;
import org.openhearings.anonymise.Identity;
import org.openhearings.anonymise.NameLeakGuard;
import org.openhearings.anonymise.NameRedactor;
import org.openhearings.domain.Allegation;
import org.openhearings.domain.Evidence;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;
import org.openhearings.domain.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a raw record into a publishable one: officers become labels ("Officer A"), every name in the
 * free text becomes that label or the person's role, and the result is checked once more for any
 * part of any name before it may be stored. A record that still names someone is refused, naming the
 * field and the person's position in the input, never the name.
 */
@Singleton
public class HearingAnonymiser {

    public Hearing anonymise(String record, RawHearing raw) {
        List<String> labels = labels(record, raw.officers());
        List<Identity> people = new ArrayList<>();
        for (int i = 0; i < raw.officers().size(); i++) {
            RawOfficer officer = raw.officers().get(i);
            List<String> identifiers = officer.warrantNumber() == null ? List.of() : List.of(officer.warrantNumber());
            people.add(new Identity(officer.name(), identifiers, labels.get(i)));
        }
        raw.otherPeople().forEach(p -> people.add(new Identity(p.name(), List.of(), p.role())));
        NameRedactor redactor = new NameRedactor(people);

        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < raw.officers().size(); i++) {
            RawOfficer o = raw.officers().get(i);
            List<Allegation> allegations = o.allegations().stream()
                    .map(a -> new Allegation(redactor.redact(a.description()), a.standards(), a.finding())).toList();
            officers.add(Officer.of(labels.get(i), o.rank(), o.status(), redactor.redact(o.unitType()),
                    allegations, o.outcome(), o.barredList()));
        }
        Evidence evidence = raw.evidence() == null ? null : new Evidence(
                redactor.redact(raw.evidence().description()), raw.evidence().count(), raw.evidence().qualifier());
        Source source = new Source(raw.source().url(), raw.source().publisher(),
                redactor.redact(raw.source().title()), raw.source().published());
        Hearing hearing = new Hearing(HearingIds.forSource(raw.source().url()), raw.force(), raw.hearingType(),
                raw.hearingDates(), redactor.redact(raw.title()), redactor.redact(raw.conduct()),
                redactor.redact(raw.summary()), raw.conductPeriod(), raw.investigationStarted(),
                raw.noticesServed(), raw.restrictedDuties(), raw.restrictedDutiesFrom(), evidence,
                raw.officerCount(), raw.departures(), officers, source, raw.generated(), null);
        refuseLeaks(record, hearing, new NameLeakGuard(people));
        return hearing;
    }

    private static List<String> labels(String record, List<RawOfficer> officers) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            String given = officers.get(i).label();
            String label = given != null ? given : "Officer " + letters(i);
            if (!seen.add(label)) {
                errors.add(new FieldError(record, "officers[" + i + "].label", "\"" + label + "\" is used twice"));
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

    private static void refuseLeaks(String record, Hearing hearing, NameLeakGuard guard) {
        List<FieldError> errors = new ArrayList<>();
        publishedText(hearing).forEach((field, text) -> {
            List<Integer> named = guard.peopleNamedIn(text);
            if (!named.isEmpty()) {
                errors.add(new FieldError(record, field, "still contains part of the name of "
                        + named.stream().map(i -> personAt(i, hearing.officers().size())).collect(Collectors.joining(", "))
                        + "; remove it from the raw record (e.g. from a URL)"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
    }

    private static String personAt(int index, int officerCount) {
        return index < officerCount ? "officers[" + index + "]" : "otherPeople[" + (index - officerCount) + "]";
    }

    /** Every text field of the published record, by its path. */
    private static Map<String, String> publishedText(Hearing h) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", h.title());
        fields.put("conduct", h.conduct());
        fields.put("summary", h.summary());
        if (h.evidence() != null) {
            fields.put("evidence.description", h.evidence().description());
        }
        fields.put("source.url", h.source().url());
        fields.put("source.publisher", h.source().publisher());
        fields.put("source.title", h.source().title());
        for (int i = 0; i < h.officers().size(); i++) {
            Officer o = h.officers().get(i);
            fields.put("officers[" + i + "].label", o.label());
            fields.put("officers[" + i + "].unitType", o.unitType());
            for (int j = 0; j < o.allegations().size(); j++) {
                fields.put("officers[" + i + "].allegations[" + j + "].description", o.allegations().get(j).description());
            }
        }
        return fields;
    }
}
