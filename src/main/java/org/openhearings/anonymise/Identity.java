package org.openhearings.anonymise;

import java.util.List;

/**
 * A person to remove from published text: their name, other identifiers such as a warrant number,
 * and what stands in their place (an officer's label, or a role such as "a commander").
 */
public record Identity(String name, List<String> identifiers, String replacement) {
    public Identity {
        identifiers = List.copyOf(identifiers);
    }
}
