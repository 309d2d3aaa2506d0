package org.openhearings.domain;

/**
 * The order of the hearing list: by hearing date, or by force (A to Z by code, newest first within each);
 * a hearing whose date is not stated comes last (within its force) either way.
 */
public enum ListOrder {
    NEWEST_FIRST, OLDEST_FIRST, BY_FORCE
}
