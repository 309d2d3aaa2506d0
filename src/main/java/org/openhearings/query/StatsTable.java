package org.openhearings.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One statistics table: exact counts of {@code measure} by {@code dimension}, crossed with {@code by} if
 * asked, with row and column totals, the records it covers and the basis of the figures.
 */
@Serdeable
public record StatsTable(String measure, String dimension, @Nullable String by, Instant dataAsOf, int records,
                         Filters filters, String basis, List<Heading> columns, List<Row> rows,
                         List<Long> columnTotals, long total) {

    @Serdeable
    public record Heading(String value, String label) {
    }

    /** One value of the dimension: its counts (one per column), its total, and the hearings behind it. */
    @Serdeable
    public record Row(String value, String label, List<Long> cells, long total, @Nullable String hearings) {
    }

    @Serdeable
    public record Filters(@Nullable String force, @Nullable Integer fromYear, @Nullable Integer toYear, @Nullable Boolean generated) {
    }
}
