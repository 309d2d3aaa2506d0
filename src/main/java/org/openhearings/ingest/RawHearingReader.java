package org.openhearings.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.openhearings.anonymise.PlainText;
import org.openhearings.anonymise.WordScreen;
import org.openhearings.domain.Allegation;
import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.Departures;
import org.openhearings.domain.Evidence;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.OutcomeTerms;
import org.openhearings.domain.PartialDate;
import org.openhearings.domain.Period;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Source;
import org.openhearings.domain.Standard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses and validates the raw input format (docs/raw-hearing.schema.json): a JSON array of hearing
 * records, or one record. Each record is validated on its own; a bad record does not stop the others.
 */
@Singleton
public class RawHearingReader {
    private static final int MAX_NOT_NAMES = 50;
    private static final int MAX_NOT_NAME_LENGTH = 100;

    private final JsonMapper json;
    private final HearingIds ids;

    public RawHearingReader(JsonMapper json, HearingIds ids) {
        this.json = json;
        this.ids = ids;
    }

    /**
     * One entry per record in the file: the record, or a withdrawal (the id of a published record to take
     * down, from {@code {"withdrawn": true, "source": {"url": …, "part": …}}}), or the reasons it was refused.
     */
    public record Result(String record, RawHearing hearing, RawWithdrawal withdrawal, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }

        static Result refused(String record, List<FieldError> errors) {
            return new Result(record, null, null, errors);
        }
    }

    public List<Result> read(byte[] content, String fileName) {
        JsonNode root;
        try {
            root = json.readValue(content, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            return List.of(Result.refused(fileName, List.of(new FieldError(fileName, "$", "not valid JSON"))));
        }
        List<JsonNode> records = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.values().forEach(records::add);
        } else if (root != null && root.isObject()) {
            records.add(root);
        } else {
            return List.of(Result.refused(fileName, List.of(new FieldError(fileName, "$", "expected a record or an array of records"))));
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String name = fileName + " record " + (i + 1);
            List<FieldError> errors = new ArrayList<>();
            if (!records.get(i).isObject()) {
                errors.add(new FieldError(name, "$", "must be an object"));
                results.add(Result.refused(name, errors));
                continue;
            }
            JsonNode withdrawn = records.get(i).get("withdrawn");
            if (withdrawn != null) {
                RawWithdrawal withdrawal = readWithdrawal(new FieldReader(records.get(i), "", name, errors));
                results.add(new Result(name, null, errors.isEmpty() ? withdrawal : null, List.copyOf(errors)));
                continue;
            }
            RawHearing hearing = readHearing(new FieldReader(records.get(i), "", name, errors));
            results.add(new Result(name, errors.isEmpty() ? hearing : null, null, List.copyOf(errors)));
        }
        return results;
    }

    private RawWithdrawal readWithdrawal(FieldReader f) {
        f.allowOnly("withdrawn", "source", "reason");
        if (!Boolean.TRUE.equals(f.bool("withdrawn", true))) {
            f.error("withdrawn", "must be true (a withdrawal names only the source to take down)");
        }
        String reason = f.string("reason", false);
        // Published in the change list, and no list of names comes with a withdrawal: the detector alone guards it.
        if (reason != null && !withdrawalReasonPublishable(reason)) {
            f.error("reason", "a word that is not known to be safe stands in the reason; reword it without the person");
        }
        FieldReader source = f.object("source", true);
        if (source == null) {
            return null;
        }
        source.allowOnly("url", "part");
        String id = sourceId(source);
        return id == null ? null : new RawWithdrawal(id, reason);
    }

    private RawHearing readHearing(FieldReader f) {
        f.allowOnly("force", "hearingType", "hearingDates", "hearingEnded", "hearingDays", "title", "conduct", "conductCategories", "summary",
                "conductPeriod", "conductDate", "investigationStarted", "noticesServed", "restrictedDuties", "restrictedDutiesFrom", "evidence",
                "officerCount", "departures", "officers", "otherPeople", "source", "notNames", "correction", "generated");
        Force force = f.enumValue("force", Force.class, true);
        HearingType type = f.enumValue("hearingType", HearingType.class, true);
        // Optional: a notice that gives no date publishes the date as not stated.
        List<LocalDate> dates = f.stringList("hearingDates", false).stream()
                .map(text -> f.isoDate("hearingDates", text)).filter(Objects::nonNull).sorted().toList();
        // Or as notices often give it: "a four-day hearing that ended on 5 October 2023", "in October 2023".
        PartialDate hearingEnded = f.partialDate("hearingEnded", false);
        Integer hearingDays = f.integer("hearingDays", false);
        if (hearingEnded != null && !dates.isEmpty()) {
            f.error("hearingEnded", "give hearingDates or hearingEnded, not both");
        }
        if (hearingDays != null && hearingEnded == null) {
            f.error("hearingDays", "given without hearingEnded");
        }
        if (hearingDays != null && hearingDays < 1) {
            f.error("hearingDays", "must be at least 1");
        }
        String title = f.string("title", true);
        String conduct = f.string("conduct", true);
        List<ConductCategory> categories = conductCategories(f);
        String summary = f.string("summary", true);
        // Optional: a period, or a single date where the notice gives one day; absent where it states neither.
        Period conductPeriod = period(f.object("conductPeriod", false));
        PartialDate conductDate = f.partialDate("conductDate", false);
        if (conductDate != null && conductPeriod != null) {
            f.error("conductDate", "give conductPeriod or conductDate, not both");
        } else if (conductDate != null) {
            conductPeriod = new Period(conductDate, conductDate);
        }
        PartialDate investigation = f.partialDate("investigationStarted", false);
        PartialDate notices = f.partialDate("noticesServed", false);
        Boolean restricted = f.bool("restrictedDuties", false);
        PartialDate restrictedFrom = f.partialDate("restrictedDutiesFrom", false);
        Evidence evidence = evidence(f.object("evidence", false));
        Integer officerCount = f.integer("officerCount", true);
        Departures departures = departures(f.object("departures", false));
        List<RawOfficer> officers = f.objects("officers", true).stream().map(this::officer).toList();
        List<NamedPerson> others = f.objects("otherPeople", false).stream().map(this::person).toList();
        FieldReader sourceFields = f.object("source", true);
        String hearingId = hearingId(sourceFields);
        Source source = source(sourceFields);
        List<String> notNames = f.stringList("notNames", false);
        if (notNames.size() > MAX_NOT_NAMES || notNames.stream().anyMatch(p -> p.length() > MAX_NOT_NAME_LENGTH)) {
            f.error("notNames", "at most " + MAX_NOT_NAMES + " phrases of at most " + MAX_NOT_NAME_LENGTH + " characters");
        }
        String correction = f.string("correction", false); // why this revision: published in the correction log
        Boolean generated = f.bool("generated", false);

        if (officers.isEmpty()) {
            f.error("officers", "at least one officer is required");
        }
        if (officerCount != null && officerCount != officers.size()) {
            f.error("officerCount", officerCount + " stated but " + officers.size() + " officers listed");
        }
        long formerOrNotStated = officers.stream().filter(o -> o.status() == null || o.status().former()).count();
        if (departures != null && departures.total() > formerOrNotStated) {
            f.error("departures", departures.total() + " departures stated but only " + formerOrNotStated
                    + " officers listed as former or without a stated status");
        }
        if (Boolean.FALSE.equals(restricted) && restrictedFrom != null) {
            f.error("restrictedDutiesFrom", "given although restrictedDuties is false");
        }
        if (notices != null && investigation != null && notices.compareTo(investigation) < 0) {
            f.error("noticesServed", "is before investigationStarted");
        }
        return new RawHearing(force, type, dates, hearingEnded, hearingDays, title, conduct, categories, summary, conductPeriod, investigation, notices,
                restricted, restrictedFrom, evidence, officerCount == null ? 0 : officerCount, departures,
                officers, others, hearingId, source, notNames, correction, Boolean.TRUE.equals(generated));
    }

    /** Absent: not categorised (published as not stated); present: at least one, each once, in vocabulary order. */
    private static List<ConductCategory> conductCategories(FieldReader f) {
        if (!f.has("conductCategories")) {
            return null;
        }
        List<ConductCategory> categories = f.enumList("conductCategories", ConductCategory.class);
        if (categories.isEmpty()) {
            f.error("conductCategories", "give at least one category, or leave the field out where none is stated");
        }
        return categories.stream().sorted().toList();
    }

    private Period period(FieldReader f) {
        if (f == null) {
            return null;
        }
        f.allowOnly("from", "to");
        PartialDate from = f.partialDate("from", true);
        PartialDate to = f.partialDate("to", false);
        try {
            return from == null ? null : new Period(from, to);
        } catch (IllegalArgumentException e) {
            f.error("to", e.getMessage());
            return null;
        }
    }

    private Evidence evidence(FieldReader f) {
        if (f == null) {
            return null;
        }
        f.allowOnly("description", "count", "qualifier");
        String description = f.string("description", true);
        Integer count = f.integer("count", false);
        CountQualifier qualifier = f.enumValue("qualifier", CountQualifier.class, false);
        return new Evidence(description, count, count == null ? null : qualifier == null ? CountQualifier.EXACTLY : qualifier);
    }

    private Departures departures(FieldReader f) {
        if (f == null) {
            return null;
        }
        f.allowOnly("resigned", "retired", "dismissedForOtherReasons");
        Integer resigned = f.integer("resigned", false);
        Integer retired = f.integer("retired", false);
        Integer dismissed = f.integer("dismissedForOtherReasons", false);
        return new Departures(resigned == null ? 0 : resigned, retired == null ? 0 : retired,
                dismissed == null ? 0 : dismissed);
    }

    private RawOfficer officer(FieldReader f) {
        f.allowOnly("name", "warrantNumber", "label", "rank", "status", "unitType", "allegations", "outcome",
                "warningMonths", "reducedTo", "barredList");
        String name = f.string("name", false);
        String warrant = f.string("warrantNumber", false);
        String label = f.string("label", false);
        // Optional: what a notice does not say about an officer is published as not stated.
        Rank rank = f.enumValue("rank", Rank.class, false);
        OfficerStatus status = f.enumValue("status", OfficerStatus.class, false);
        String unitType = f.string("unitType", false);
        List<Allegation> allegations = f.objects("allegations", true).stream().map(this::allegation).toList();
        Outcome outcome = f.enumValue("outcome", Outcome.class, true);
        Boolean barred = f.bool("barredList", true);
        OutcomeTerms terms = outcomeTerms(f, rank, outcome);
        if (allegations.isEmpty()) {
            f.error("allegations", "at least one allegation is required");
        }
        if (outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED && status == OfficerStatus.SERVING) {
            f.error("outcome", "WOULD_HAVE_BEEN_DISMISSED applies only to former officers");
        }
        if (outcome != null && outcome.dismissal() && Boolean.FALSE.equals(barred)) {
            f.error("barredList", "a dismissed officer is added to the Barred List");
        }
        return new RawOfficer(name, warrant, label, rank, status, unitType, allegations, outcome, terms,
                Boolean.TRUE.equals(barred));
    }

    /** A warning's length and a reduction's new rank, where the source states them; each only with its outcome. */
    private static OutcomeTerms outcomeTerms(FieldReader f, Rank rank, Outcome outcome) {
        Integer months = f.integer("warningMonths", false);
        Rank reducedTo = f.enumValue("reducedTo", Rank.class, false);
        if (months != null && outcome != null && !outcome.warning()) {
            f.error("warningMonths", "applies only to a written warning, a final written warning or its extension");
        }
        if (months != null && (months < 1 || months > 60)) {
            f.error("warningMonths", "must be between 1 and 60 months");
        }
        if (reducedTo != null && outcome != null && outcome != Outcome.REDUCTION_IN_RANK) {
            f.error("reducedTo", "applies only to REDUCTION_IN_RANK");
        }
        if (reducedTo != null && rank != null && reducedTo.compareTo(rank) >= 0) {
            f.error("reducedTo", "must be a lower rank than the officer's");
        }
        return months == null && reducedTo == null ? null : new OutcomeTerms(months, reducedTo);
    }

    private Allegation allegation(FieldReader f) {
        f.allowOnly("description", "standards", "finding");
        String description = f.string("description", false);
        List<Standard> standards = f.enumList("standards", Standard.class);
        Finding finding = f.enumValue("finding", Finding.class, true);
        if (standards.isEmpty()) {
            f.error("standards", "at least one standard is required");
        }
        return new Allegation(description, standards, finding == null ? Finding.NO_CASE_TO_ANSWER : finding);
    }

    private NamedPerson person(FieldReader f) {
        f.allowOnly("name", "role");
        return new NamedPerson(f.string("name", true), f.string("role", true));
    }

    private String hearingId(FieldReader f) {
        if (f == null) {
            return null;
        }
        f.allowOnly("url", "part", "publisher", "title", "published");
        f.string("title", false); // kept in the raw input for provenance; checked, never published
        return sourceId(f);
    }

    /** The record's id, from the source's address (and its part, where one source reports several hearings). */
    private String sourceId(FieldReader source) {
        String url = source.string("url", true);
        if (url != null && !url.matches("https?://\\S+")) {
            source.error("url", "must be an http(s) URL");
            return null;
        }
        return url == null ? null : ids.forSource(url, source.string("part", false));
    }

    private static Source source(FieldReader f) {
        return f == null ? null : new Source(f.string("publisher", true), f.date("published", false));
    }

    /** A withdrawal's reason is published as it stands: it passes the same fail-closed screen as free text. */
    private static boolean withdrawalReasonPublishable(String reason) {
        return WordScreen.tooLong(reason, 2_000).isEmpty() && PlainText.of(reason).text().equals(reason)
                && WordScreen.screen(reason, List.of(), List.of()).isEmpty();
    }
}
