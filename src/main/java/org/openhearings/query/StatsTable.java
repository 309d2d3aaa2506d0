package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One disclosure-controlled statistics table: counts of {@code measure} by {@code dimension}, crossed
 * with {@code by} if asked, with row and column totals, the data it covers and the rule applied.
 */
@Serdeable
public record StatsTable(String measure, String dimension, @Nullable String by, Instant dataAsOf, int records,
                         Filters filters, Disclosure disclosure, List<Heading> columns, List<Row> rows,
                         List<Cell> columnTotals, Cell total) {

    /** A published count, or null with {@code suppressed} true. */
    @Serdeable
    public record Cell(@Nullable Long count, boolean suppressed) {
    }

    @Serdeable
    public record Heading(String value, String label) {
    }

    /** One value of the dimension: its cells (one per column), its total, and the hearings behind it. */
    @Serdeable
    public record Row(String value, String label, List<Cell> cells, Cell total, @Nullable String hearings) {
    }

    @Serdeable
    public record Filters(@Nullable String force, @Nullable Integer fromYear, @Nullable Integer toYear) {
    }

    @Serdeable
    public record Disclosure(String rule, int threshold) {
    }
}
