package org.openhearings.domain;

/** The ten Standards of Professional Behaviour, with the Regulations heading and the Code of Ethics wording. */
public enum Standard implements Labelled {
    HONESTY_INTEGRITY("Honesty and Integrity", "Honesty and integrity"),
    AUTHORITY_RESPECT_COURTESY("Authority, Respect and Courtesy", "Authority, respect and courtesy"),
    EQUALITY_DIVERSITY("Equality and Diversity", "Equality and diversity"),
    USE_OF_FORCE("Use of Force", "Use of force"),
    ORDERS_INSTRUCTIONS("Orders and Instructions", "Orders and instructions"),
    DUTIES_RESPONSIBILITIES("Duties and Responsibilities", "Duties and responsibilities"),
    CONFIDENTIALITY("Confidentiality", "Confidentiality"),
    FITNESS_FOR_DUTY("Fitness for Duty", "Fitness for work"),
    DISCREDITABLE_CONDUCT("Discreditable Conduct", "Conduct (discreditable conduct)"),
    CHALLENGING_REPORTING("Challenging and Reporting Improper Conduct", "Challenging and reporting improper conduct");

    private final String label;
    private final String codeOfEthicsWording;

    Standard(String label, String codeOfEthicsWording) {
        this.label = label;
        this.codeOfEthicsWording = codeOfEthicsWording;
    }

    @Override
    public String label() { return label; }

    public String codeOfEthicsWording() { return codeOfEthicsWording; }
}
