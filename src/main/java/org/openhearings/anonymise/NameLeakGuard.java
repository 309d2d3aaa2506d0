package org.openhearings.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last check before anything is stored: does a text still contain any part of a name or an
 * identifier? Ingest refuses the record if so (fail closed), whatever the redactor did.
 */
public final class NameLeakGuard {

    private record Watched(int person, Pattern pattern) {
    }

    private final List<Watched> watched = new ArrayList<>();

    public NameLeakGuard(List<Identity> people) {
        for (int i = 0; i < people.size(); i++) {
            Identity person = people.get(i);
            List<String> literals = new ArrayList<>(NameTokens.of(person.name()));
            literals.addAll(person.identifiers());
            for (String literal : literals) {
                watched.add(new Watched(i, NameTokens.compile(NameTokens.wholeWord(literal))));
            }
        }
    }

    /** Positions (in the list given) of the people some part of whose name occurs in the text. */
    public List<Integer> peopleNamedIn(String text) {
        if (text == null) {
            return List.of();
        }
        return watched.stream().filter(w -> w.pattern().matcher(text).find())
                .map(Watched::person).distinct().toList();
    }
}
