package org.openhearings.ingest;

import org.openhearings.anonymise.ScreenRule;
import org.openhearings.domain.Hearing;

import java.util.List;

/**
 * A record's anonymisation step by step, for the operator's preview (it holds the raw text, names and
 * all: it never leaves the operator's machine, and is never logged): the published record, each free-text
 * field as read with its marks, and the refusals.
 */
public record AnonymisationReview(Hearing hearing, String correction, List<Field> fields, List<FieldError> errors) {

    /** One free-text field as ingest read it (markup taken out), with its marks in text order or not. */
    public record Field(String name, String text, List<Mark> marks) {
    }

    /** A stretch of a field: replaced by {@code replacement}, or refused under {@code rule}. */
    public record Mark(int start, int end, String replacement, ScreenRule rule) {
    }
}
