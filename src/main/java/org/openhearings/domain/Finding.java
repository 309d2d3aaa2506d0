package org.openhearings.domain;

/** Finding on one allegation; declared from most to least serious. */
public enum Finding implements Labelled {
    GROSS_MISCONDUCT("Gross misconduct", true),
    MISCONDUCT("Misconduct", true),
    NOT_PROVEN("Not proven", false),
    NO_CASE_TO_ANSWER("No case to answer", false);

    private final String label;
    private final boolean proven;

    Finding(String label, boolean proven) {
        this.label = label;
        this.proven = proven;
    }

    @Override
    public String label() { return label; }

    public boolean proven() { return proven; }

    public boolean moreSeriousThan(Finding other) { return ordinal() < other.ordinal(); }
}
