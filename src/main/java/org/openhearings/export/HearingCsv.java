package org.openhearings.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openhearings.domain.ConductCategory;
import org.openhearings.domain.CountQualifier;
import org.openhearings.domain.Finding;
import org.openhearings.domain.Force;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.HearingType;
import org.openhearings.domain.Officer;
import org.openhearings.domain.OfficerStatus;
import org.openhearings.domain.Outcome;
import org.openhearings.domain.Rank;
import org.openhearings.domain.Standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hearings as CSV the way a spreadsheet wants them: one row per officer, the hearing's fields repeated
 * on each row, RFC 4180 quoting, a header row whose column names never change (new columns are only
 * ever added at the end). Multi-valued cells (standards) hold codes separated by "; ".
 */
public final class HearingCsv {
    public static final String MEDIA_TYPE = "text/csv;charset=utf-8";

    /**
     * A column: its name, its Table Schema type and description, the vocabulary its values come from
     * (null: none), whether every row has it, and how a row gives its value.
     */
    private record Column(String name, String type, String description, Class<? extends Enum<?>> vocabulary, boolean required,
                          Function<Row, Object> value) {
        Column(String name, String type, String description, Function<Row, Object> value) {
            this(name, type, description, null, false, value);
        }
    }

    private record Row(Hearing hearing, Officer officer) {
    }

    /** A day, a month or a year: as precise as the source. */
    private static final String PARTIAL_DATE = "partial-date";

    private static final List<Column> COLUMNS = List.of(
            new Column("hearing_id", "string", "The hearing's stable id (a hash of its source's address)", null, true, r -> r.hearing().id()),
            new Column("force", "string", "The force, as a code", Force.class, true, r -> r.hearing().force()),
            new Column("force_name", "string", "The force's name", null, true, r -> r.hearing().force().label()),
            new Column("force_police_uk_id", "string", "The force's id at data.police.uk (empty for a force it does not publish)",
                    r -> r.hearing().force().policeUkId()),
            new Column("force_ons_code", "string", "The ONS code of the force's Police Force Area (empty for a national force)",
                    r -> r.hearing().force().onsCode()),
            new Column("hearing_type", "string", "Misconduct meeting, hearing or accelerated hearing", HearingType.class, false,
                    r -> r.hearing().hearingType()),
            new Column("hearing_date", PARTIAL_DATE, "When the hearing ended (or its one day)", r -> r.hearing().outcomeDate()),
            new Column("title", "string", "A short, anonymised title", r -> r.hearing().title()),
            new Column("conduct", "string", "What the officers did, anonymised", r -> r.hearing().conduct()),
            new Column("conduct_categories", "string",
                    "What the conduct was, as OpenHearings' categories: codes separated by \"; \", empty where not categorised",
                    r -> r.hearing().conductCategories() == null ? null
                            : r.hearing().conductCategories().stream().map(ConductCategory::name).collect(Collectors.joining("; "))),
            new Column("conduct_from", PARTIAL_DATE, "When the conduct began",
                    r -> r.hearing().conductPeriod() == null ? null : r.hearing().conductPeriod().from()),
            new Column("conduct_to", PARTIAL_DATE, "When the conduct ended",
                    r -> r.hearing().conductPeriod() == null ? null : r.hearing().conductPeriod().to()),
            new Column("investigation_started", PARTIAL_DATE, "When the investigation began", r -> r.hearing().investigationStarted()),
            new Column("notices_served", PARTIAL_DATE, "When misconduct notices were served", r -> r.hearing().noticesServed()),
            new Column("restricted_duties", "boolean", "Whether officers were placed on restricted duties", r -> r.hearing().restrictedDuties()),
            new Column("restricted_duties_from", PARTIAL_DATE, "Since when", r -> r.hearing().restrictedDutiesFrom()),
            new Column("evidence_count", "integer", "How many items of evidence the source counts",
                    r -> r.hearing().evidence() == null ? null : r.hearing().evidence().count()),
            new Column("evidence_qualifier", "string", "Whether that count is exact or a bound", CountQualifier.class, false,
                    r -> r.hearing().evidence() == null ? null : r.hearing().evidence().qualifier()),
            new Column("officer_count", "integer", "How many officers the hearing concerned", r -> r.hearing().officerCount()),
            new Column("officer_label", "string", "The officer's label in this hearing (Officer A, …): never a name", null, true,
                    r -> r.officer().label()),
            new Column("rank", "string", "The officer's rank", Rank.class, false, r -> r.officer().rank()),
            new Column("status", "string", "Serving, or how the officer left", OfficerStatus.class, false, r -> r.officer().status()),
            new Column("former_officer", "boolean", "Whether the officer had left the force",
                    r -> r.officer().status() == null ? null : r.officer().status().former()),
            new Column("unit_type", "string", "The kind of unit the officer served in", r -> r.officer().unitType()),
            new Column("finding", "string", "The panel's finding", Finding.class, false, r -> r.officer().finding()),
            new Column("standards_breached", "string", "Standards of Professional Behaviour found breached: codes separated by \"; \"",
                    r -> r.officer().standardsBreached().stream().map(Standard::name).collect(Collectors.joining("; "))),
            new Column("outcome", "string", "The outcome for the officer", Outcome.class, false, r -> r.officer().outcome()),
            new Column("warning_months", "integer", "Length of a written or final written warning, in months",
                    r -> r.officer().outcomeTerms() == null ? null : r.officer().outcomeTerms().warningMonths()),
            new Column("reduced_to_rank", "string", "The rank an officer was reduced to", Rank.class, false,
                    r -> r.officer().outcomeTerms() == null ? null : r.officer().outcomeTerms().reducedTo()),
            new Column("barred_list", "boolean", "Whether the officer goes on the College of Policing Barred List", r -> r.officer().barredList()),
            new Column("generated", "boolean", "A generated sample record, not a real case", null, true, r -> r.hearing().generated()),
            new Column("source_publisher", "string", "Who published the source", r -> r.hearing().source().publisher()),
            new Column("source_published", PARTIAL_DATE, "When the source was published", r -> r.hearing().source().published()),
            new Column("first_published", "datetime", "When this record was first published here", null, true,
                    r -> r.hearing().publication() == null ? null : r.hearing().publication().firstPublished()),
            new Column("last_updated", "datetime", "When this record last changed", null, true,
                    r -> r.hearing().publication() == null ? null : r.hearing().publication().lastUpdated()),
            new Column("revision", "integer", "The record's revision (1, then one more per correction)", null, true,
                    r -> r.hearing().publication() == null ? null : r.hearing().publication().revision()),
            new Column("summary", "string", "The outcome in brief, anonymised", r -> r.hearing().summary()));

    public static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    private HearingCsv() {
    }

    /**
     * OWASP's rule against CSV formula injection: a text cell that a spreadsheet would read as a formula
     * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe. Only free text:
     * numbers and codes are written as they are.
     */
    static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The columns as a Frictionless Table Schema (types, descriptions, vocabularies, required columns,
     * the primary key): what {@code datapackage.json} says of each CSV file.
     */
    public static Map<String, Object> tableSchema() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column column : COLUMNS) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", column.name());
            field.put("description", column.description());
            Map<String, Object> constraints = new LinkedHashMap<>();
            if (column.type().equals(PARTIAL_DATE)) {
                field.put("type", "string");
                constraints.put("pattern", "\\d{4}(-\\d{2}(-\\d{2})?)?");
            } else {
                field.put("type", column.type());
                if (column.type().equals("datetime")) {
                    field.put("format", "any");
                }
            }
            if (column.vocabulary() != null) {
                constraints.put("enum", Arrays.stream(column.vocabulary().getEnumConstants()).map(Enum::name).toList());
            }
            if (column.required()) {
                constraints.put("required", true);
            }
            if (!constraints.isEmpty()) {
                field.put("constraints", constraints);
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", List.of("hearing_id", "officer_label"));
        schema.put("missingValues", List.of(""));
        return schema;
    }

    /** The header row and one row per officer of each hearing, in order. */
    public static String write(List<Hearing> hearings) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (Hearing hearing : hearings) {
                for (Officer officer : hearing.officers()) {
                    Row row = new Row(hearing, officer);
                    for (Column column : COLUMNS) {
                        Object value = column.value().apply(row);
                        printer.print(value == null ? "" : value instanceof String text ? spreadsheetSafe(text) : value.toString());
                    }
                    printer.println();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
