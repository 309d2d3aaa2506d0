package org.openhearings.domain;

/** Rank held at the time of the conduct; detective ranks count as the equivalent rank. */
public enum Rank implements Labelled {
    SPECIAL_CONSTABLE("Special Constable", "SC"),
    CONSTABLE("Police Constable", "PC"),
    SERGEANT("Sergeant", "PS"),
    INSPECTOR("Inspector", "Insp"),
    CHIEF_INSPECTOR("Chief Inspector", "CI"),
    SUPERINTENDENT("Superintendent", "Supt"),
    CHIEF_SUPERINTENDENT("Chief Superintendent", "Ch Supt"),
    COMMANDER("Commander or Assistant Chief Constable", "Cdr/ACC"),
    DEPUTY_CHIEF_CONSTABLE("Deputy Chief Constable or Deputy Assistant Commissioner", "DCC/DAC"),
    CHIEF_OFFICER("Chief Constable, Commissioner or Assistant Commissioner", "CC"),
    POLICE_STAFF("Police staff", "Staff");

    private final String label;
    private final String abbreviation;

    Rank(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    @Override
    public String label() { return label; }

    public String abbreviation() { return abbreviation; }
}
