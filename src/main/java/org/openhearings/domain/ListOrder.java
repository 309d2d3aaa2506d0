package org.openhearings.domain;

/**
 * The order of the hearing list: by hearing date, by force (A to Z by code, newest first within each), or
 * by the number of officers (then by date, the same way round); a hearing whose date is not stated comes
 * last among its force's when sorted by date or force.
 */
public enum ListOrder {
    NEWEST_FIRST, OLDEST_FIRST, BY_FORCE, MOST_OFFICERS_FIRST, FEWEST_OFFICERS_FIRST;

    /** Whether the list is read upwards through its sort keys. */
    public boolean ascending() {
        return this == OLDEST_FIRST || this == FEWEST_OFFICERS_FIRST;
    }

    public boolean byOfficers() {
        return this == MOST_OFFICERS_FIRST || this == FEWEST_OFFICERS_FIRST;
    }
}
