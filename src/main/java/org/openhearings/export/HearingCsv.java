package org.openhearings.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openhearings.domain.Hearing;
import org.openhearings.domain.Officer;
import org.openhearings.domain.Standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hearings as CSV the way a spreadsheet wants them: one row per officer, the hearing's fields repeated
 * on each row, RFC 4180 quoting, a header row whose column names never change (new columns are only
 * ever added at the end). Multi-valued cells (standards) hold codes separated by "; ".
 */
public final class HearingCsv {
    public static final String MEDIA_TYPE = "text/csv;charset=utf-8";

    private record Column(String name, Function<Row, Object> value) {
    }

    private record Row(Hearing hearing, Officer officer) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("hearing_id", r -> r.hearing().id()),
            new Column("force", r -> r.hearing().force()),
            new Column("force_name", r -> r.hearing().force().label()),
            new Column("hearing_type", r -> r.hearing().hearingType()),
            new Column("hearing_date", r -> r.hearing().outcomeDate()),
            new Column("title", r -> r.hearing().title()),
            new Column("conduct", r -> r.hearing().conduct()),
            new Column("conduct_from", r -> r.hearing().conductPeriod() == null ? null : r.hearing().conductPeriod().from()),
            new Column("conduct_to", r -> r.hearing().conductPeriod() == null ? null : r.hearing().conductPeriod().to()),
            new Column("investigation_started", r -> r.hearing().investigationStarted()),
            new Column("notices_served", r -> r.hearing().noticesServed()),
            new Column("restricted_duties", r -> r.hearing().restrictedDuties()),
            new Column("restricted_duties_from", r -> r.hearing().restrictedDutiesFrom()),
            new Column("evidence_count", r -> r.hearing().evidence() == null ? null : r.hearing().evidence().count()),
            new Column("evidence_qualifier", r -> r.hearing().evidence() == null ? null : r.hearing().evidence().qualifier()),
            new Column("officer_count", r -> r.hearing().officerCount()),
            new Column("officer_label", r -> r.officer().label()),
            new Column("rank", r -> r.officer().rank()),
            new Column("status", r -> r.officer().status()),
            new Column("former_officer", r -> r.officer().status() == null ? null : r.officer().status().former()),
            new Column("unit_type", r -> r.officer().unitType()),
            new Column("finding", r -> r.officer().finding()),
            new Column("standards_breached", r -> r.officer().standardsBreached().stream()
                    .map(Standard::name).collect(Collectors.joining("; "))),
            new Column("outcome", r -> r.officer().outcome()),
            new Column("warning_months", r -> r.officer().outcomeTerms() == null ? null : r.officer().outcomeTerms().warningMonths()),
            new Column("reduced_to_rank", r -> r.officer().outcomeTerms() == null ? null : r.officer().outcomeTerms().reducedTo()),
            new Column("barred_list", r -> r.officer().barredList()),
            new Column("generated", r -> r.hearing().generated()),
            new Column("source_publisher", r -> r.hearing().source().publisher()),
            new Column("source_published", r -> r.hearing().source().published()),
            new Column("first_published", r -> r.hearing().publication() == null ? null : r.hearing().publication().firstPublished()),
            new Column("last_updated", r -> r.hearing().publication() == null ? null : r.hearing().publication().lastUpdated()),
            new Column("revision", r -> r.hearing().publication() == null ? null : r.hearing().publication().revision()),
            new Column("summary", r -> r.hearing().summary()));

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
