package org.openhearings.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openhearings.query.StatsTable;
import org.openhearings.query.TimingStats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Statistics as CSV in long form (one row per figure, totals included), which every spreadsheet and
 * notebook can pivot. An interval no case states both dates of has empty quartiles.
 */
public final class StatsCsv {
    public static final String TOTAL = "total";

    private StatsCsv() {
    }

    public static String table(StatsTable t) {
        return write(List.of("measure", "dimension", "value", "label", "by", "column", "column_label", "count"), printer -> {
            for (StatsTable.Row row : t.rows()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    StatsTable.Heading column = t.columns().get(c);
                    printer.printRecord(t.measure(), t.dimension(), row.value(), row.label(), t.by(), column.value(),
                            column.label(), row.cells().get(c));
                }
                if (t.by() != null) {
                    printer.printRecord(t.measure(), t.dimension(), row.value(), row.label(), t.by(), TOTAL, "Total", row.total());
                }
            }
            for (int c = 0; c < t.columns().size(); c++) {
                StatsTable.Heading column = t.columns().get(c);
                printer.printRecord(t.measure(), t.dimension(), TOTAL, "Total", t.by(), column.value(), column.label(),
                        t.columnTotals().get(c));
            }
            if (t.by() != null) {
                printer.printRecord(t.measure(), t.dimension(), TOTAL, "Total", t.by(), TOTAL, "Total", t.total());
            }
        });
    }

    public static String timings(TimingStats t) {
        return write(List.of("by", "value", "label", "interval", "cases", "q1_days", "median_days", "q3_days"), printer -> {
            for (TimingStats.Group group : t.groups()) {
                for (TimingStats.Interval i : group.intervals()) {
                    printer.printRecord(t.by(), group.value(), group.label(), i.interval(),
                            i.cases(), i.q1(), i.median(), i.q3());
                }
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(List<String> header, Rows rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
