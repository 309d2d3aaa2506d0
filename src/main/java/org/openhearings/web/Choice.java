package org.openhearings.web;

import org.openhearings.domain.Labelled;

import java.util.Arrays;
import java.util.List;

/** One option of a filter control: the value the API takes, and the words a person reads. */
public record Choice(String value, String label) {

    public static <E extends Enum<E> & Labelled> List<Choice> of(E[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), v.label())).toList();
    }

    public static final List<Choice> YES_NO = List.of(new Choice("true", "Yes"), new Choice("false", "No"));

    /** The {@code generated} filter: sample records are marked and can be left out everywhere. */
    public static final List<Choice> RECORDS = List.of(new Choice("false", "Real records only"),
            new Choice("true", "Generated sample records only"));
}
