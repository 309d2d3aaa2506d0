package org.openhearings.domain;

/** Whether the officer was still serving at the hearing and, if not, why they had left. */
public enum OfficerStatus implements Labelled {
    SERVING("Serving officer", false),
    RESIGNED("Former officer: resigned", true),
    RETIRED("Former officer: retired", true),
    DISMISSED("Former officer: dismissed for unrelated reasons", true),
    FORMER("Former officer: reason for leaving not stated", true);

    private final String label;
    private final boolean former;

    OfficerStatus(String label, boolean former) {
        this.label = label;
        this.former = former;
    }

    @Override
    public String label() { return label; }

    public boolean former() { return former; }
}
