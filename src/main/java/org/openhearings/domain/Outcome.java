package org.openhearings.domain;

/** Outcome (sanction) for one officer, under the 2020 Regulations and, for older cases, the 2012 Regulations. */
public enum Outcome implements Labelled {
    DISMISSED_WITHOUT_NOTICE("Dismissed without notice", true),
    DISMISSED_WITH_NOTICE("Dismissed with notice", true),
    WOULD_HAVE_BEEN_DISMISSED("Would have been dismissed had they still been serving", true),
    REDUCTION_IN_RANK("Reduction in rank", false),
    EXTENSION_OF_FINAL_WRITTEN_WARNING("Extension of final written warning", false),
    FINAL_WRITTEN_WARNING("Final written warning", false),
    WRITTEN_WARNING("Written warning", false),
    MANAGEMENT_ADVICE("Management advice", false),
    REFLECTIVE_PRACTICE("Referral to reflective practice", false),
    NO_FURTHER_ACTION("No further action", false);

    private final String label;
    private final boolean dismissal;

    Outcome(String label, boolean dismissal) {
        this.label = label;
        this.dismissal = dismissal;
    }

    @Override
    public String label() { return label; }

    /** Dismissals (real or "would have been") put the officer on the College of Policing Barred List. */
    public boolean dismissal() { return dismissal; }

    /** Warnings have a length the panel sets (Police (Conduct) Regulations 2020). */
    public boolean warning() {
        return this == WRITTEN_WARNING || this == FINAL_WRITTEN_WARNING || this == EXTENSION_OF_FINAL_WRITTEN_WARNING;
    }
}
