package org.openhearings.domain;

/** A vocabulary value with its official wording, for people (codes are for machines). */
public interface Labelled {
    String label();
}
