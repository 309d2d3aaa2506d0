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

    /** The list's orders ({@code sort}); newest first is the default, the empty choice. */
    public static final List<Choice> ORDERS = List.of(new Choice("hearingDate", "Oldest first"),
            new Choice("force", "Force, A to Z"), new Choice("-officerCount", "Most officers first"),
            new Choice("officerCount", "Fewest officers first"));

    /** The {@code generated} filter: sample records are marked and can be left out everywhere. */
    public static final List<Choice> RECORDS = List.of(new Choice("false", "Real records only"),
            new Choice("true", "Generated sample records only"));
}
