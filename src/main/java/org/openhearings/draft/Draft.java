package org.openhearings.draft;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A raw record drafted from a notice's text for an operator to review before ingest: the record (only
 * the fields the text supports), the sentence each field came from, the people found, stretches that
 * may be names of people it could not place, and what it could not determine, with why.
 */
@Serdeable
public record Draft(Map<String, Object> record, List<Citation> evidence, List<FoundPerson> people,
                    List<PossibleName> possibleNames, List<Undetermined> notDetermined) {

    /** The sentence a field was drafted from, by character offsets into the notice. */
    @Serdeable
    public record Citation(String field, int start, int end, String sentence) {
    }

    /** A person the notice names: as an officer in the case or as someone else, with every place they are mentioned. */
    @Serdeable
    public record FoundPerson(String name, String as, String rank, String status, String role, List<Span> mentions) {
    }

    @Serdeable
    public record Span(int start, int end) {
    }

    /** Text that looks like a name the drafter could not place: the operator lists it (or marks it not a name). */
    @Serdeable
    public record PossibleName(int start, int end, String text, String reason) {
    }

    @Serdeable
    public record Undetermined(String field, String reason) {
    }
}
