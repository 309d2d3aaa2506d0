package org.openhearings.domain;

/**
 * What the conduct was, in plain words: OpenHearings' own controlled vocabulary (no official one exists),
 * so the public can ask "how many officers were dismissed for sexual misconduct?". A hearing holds every
 * category its source supports, chosen by the operator who prepares it; the service infers none.
 */
public enum ConductCategory implements Labelled {
    DISCRIMINATION("Discriminatory messages or behaviour"),
    OFFENSIVE_COMMUNICATIONS("Offensive messages or social media posts"),
    SEXUAL_MISCONDUCT("Sexual misconduct"),
    ABUSE_OF_POSITION("Abuse of position"),
    INAPPROPRIATE_RELATIONSHIP("Inappropriate relationship"),
    DOMESTIC_ABUSE("Domestic abuse"),
    BULLYING_OR_HARASSMENT("Bullying or harassment"),
    DISHONESTY("Dishonesty"),
    USE_OF_FORCE("Use of force"),
    MISUSE_OF_SYSTEMS("Misuse of police systems or data"),
    DRINK_OR_DRUGS("Drink or drugs"),
    CRIMINAL_CONVICTION("Criminal offence or conviction"),
    NEGLECT_OF_DUTY("Neglect of duty"),
    OTHER("Other conduct");

    private final String label;

    ConductCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
