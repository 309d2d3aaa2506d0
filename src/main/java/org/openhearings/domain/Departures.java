package org.openhearings.domain;

/**
 * How many officers had left before the hearing, and why, as the account states it for the case as a
 * whole ("five resigned, one had already been dismissed") even where it does not say which officer did what.
 */
public record Departures(int resigned, int retired, int dismissedForOtherReasons) {
    public int total() {
        return resigned + retired + dismissedForOtherReasons;
    }
}
