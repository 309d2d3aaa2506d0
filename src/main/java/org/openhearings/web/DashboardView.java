package org.openhearings.web;

import org.openhearings.query.StatsOverview;
import org.openhearings.query.StatsTable;
import org.openhearings.query.TimingStats;

import java.util.List;

/**
 * What the dashboard shows: the filters, the overview, one chart per table (each with its data, CSV
 * link and the hearings behind each row), and case timings by year.
 */
public record DashboardView(String force, String from, String to, String query, StatsOverview overview,
                            List<Chart> charts, TimingStats timings, String error) {

    /** One chart: a title, how to draw it, its table, and where its CSV is. */
    public record Chart(String id, String title, String kind, StatsTable table, String csv) {
    }
}
