package org.openhearings.query;

import io.micronaut.serde.annotation.Serdeable;

/** Officers counted under one value of a breakdown. */
@Serdeable
public record Count(String value, String label, long officers) {
}
