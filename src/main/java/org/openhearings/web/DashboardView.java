package org.openhearings.web;

import org.openhearings.query.StatsOverview;
import org.openhearings.query.StatsTable;
import org.openhearings.query.TimingStats;

import java.util.List;

/**
 * What the dashboard shows: the filters, the overview (every figure under the same filters), one chart per
 * table (each with its data, CSV link and the hearings behind each row), and case timings by year.
 */
public record DashboardView(String force, String from, String to, String generated, String query, StatsOverview overview,
                            List<Chart> charts, TimingStats timings, String error) {

    /** One chart: a title, how to draw it, its table, and where its CSV is. */
    public record Chart(String id, String title, String kind, StatsTable table, String csv) {
    }

    /** This page's filters with one of them set, as a query string. */
    public String queryWith(String name, String value) {
        String others = java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith(name + "="))
                .collect(java.util.stream.Collectors.joining("&"));
        return (others.isEmpty() ? "" : others + "&") + name + "=" + value;
    }
}
