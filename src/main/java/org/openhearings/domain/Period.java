package org.openhearings.domain;

/** A span of time such as the conduct period ("May 2016 to June 2018"); either end may be less precise. */
public record Period(PartialDate from, PartialDate to) {
    public Period {
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new IllegalArgumentException("ends before it starts");
        }
    }
}
