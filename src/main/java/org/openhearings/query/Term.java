package org.openhearings.query;

import io.micronaut.serde.annotation.Serdeable;

/** One value of a controlled vocabulary: the code the API uses and its official wording. */
@Serdeable
public record Term(String code, String label) {
}
