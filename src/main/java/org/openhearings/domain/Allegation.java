package org.openhearings.domain;

import java.util.List;

/** One allegation against one officer: the standards it concerns and the panel's finding on it. */
public record Allegation(String description, List<Standard> standards, Finding finding) {
    public Allegation {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }
}
