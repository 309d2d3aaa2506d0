package org.openhearings.anonymise;

import java.util.List;

/**
 * A person to remove from published text: their name (none for an officer anonymous at source), other
 * identifiers such as a warrant number, what stands in their place (an officer's label, or a role such
 * as "a commander"), and whether they are one of the officers.
 */
public record Identity(String name, List<String> identifiers, String replacement, boolean officer) {
    public Identity {
        identifiers = List.copyOf(identifiers);
    }
}
