package org.openhearings.export;

import java.util.List;

/** What the dataset is, in the words every description of it uses: Data Package, DCAT, schema.org. */
public final class DatasetDescription {
    public static final String TITLE = "OpenHearings: anonymised outcomes of UK police misconduct hearings";
    public static final String DESCRIPTION = "Structured, anonymised records of police misconduct hearings in the UK: which "
            + "officers (by rank and whether still serving) breached which Standards of Professional Behaviour, the findings, "
            + "the outcomes, Barred List inclusion and the timeline. No person is named.";
    public static final List<String> KEYWORDS = List.of("police misconduct", "misconduct hearings", "police conduct", "Barred List",
            "Standards of Professional Behaviour", "United Kingdom");

    private DatasetDescription() {
    }
}
