package org.openhearings.domain;

/** The order of the hearing list, by hearing date; a hearing whose date is not stated comes last either way. */
public enum ListOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
