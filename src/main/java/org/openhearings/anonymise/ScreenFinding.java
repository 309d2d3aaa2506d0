package org.openhearings.anonymise;

/** Where free text breaks a rule: offsets into the text screened, and the rule; never the text itself. */
public record ScreenFinding(int start, int end, ScreenRule rule) {
}
