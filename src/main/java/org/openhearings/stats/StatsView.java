package org.openhearings.stats;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cells one statistics request has read: its kind of records, its force (or all), each year and the
 * all-years total; and, for a breakdown by force, each force's cells too. Every figure of the response is
 * summed from these, in memory; {@code asOf} is the last write to any of them.
 */
public record StatsView(StatsFilter filter, Map<StatsCell, Map<String, Long>> cells, Instant asOf) {

    public String records() {
        return StatsCell.records(filter.generated());
    }

    /** The force the filter names, or all. */
    public String force() {
        return filter.force() == null ? StatsCell.ALL_FORCES : filter.force().name();
    }

    public boolean hasYearRange() {
        return filter.fromYear() != null || filter.toYear() != null;
    }

    /** The hearing years with records, within the filter's range, ascending. */
    public List<String> years() {
        return cells.keySet().stream().filter(c -> c.records().equals(records()) && c.force().equals(force()) && c.isYear())
                .map(StatsCell::year).filter(this::inRange).distinct().sorted().toList();
    }

    public boolean inRange(String year) {
        int y = Integer.parseInt(year);
        return (filter.fromYear() == null || y >= filter.fromYear()) && (filter.toYear() == null || y <= filter.toYear());
    }

    /**
     * The counts of one force (or ALL) over one year, or (null) over the filter's years: the all-years cell
     * without a range, else the sum of the years in range (a hearing without a date is in none of them).
     */
    public Map<String, Long> sum(String force, String year) {
        if (year != null) {
            return cell(force, year);
        }
        if (!hasYearRange()) {
            return cell(force, StatsCell.ALL_YEARS);
        }
        Map<String, Long> total = new HashMap<>();
        for (String y : years()) {
            cell(force, y).forEach((name, n) -> total.merge(name, n, Long::sum));
        }
        return total;
    }

    private Map<String, Long> cell(String force, String year) {
        return cells.getOrDefault(new StatsCell(records(), force, year), Map.of());
    }

    public static long count(Map<String, Long> counts, String name) {
        return Objects.requireNonNullElse(counts.get(name), 0L);
    }
}
