package org.openhearings.stats;

/** What a statistics table counts. */
public enum Measure {
    OFFICERS, HEARINGS
}
