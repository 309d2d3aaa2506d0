package org.openhearings.domain;

/** Kind of misconduct proceedings. */
public enum HearingType implements Labelled {
    MISCONDUCT_MEETING("Misconduct meeting"),
    MISCONDUCT_HEARING("Misconduct hearing"),
    ACCELERATED_MISCONDUCT_HEARING("Accelerated misconduct hearing");

    private final String label;

    HearingType(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
