package org.openhearings.draft;

import org.openhearings.domain.Rank;

/**
 * Where a sentence speaks of a person: by rank and name ("former PC Jane Doe"), by a codename the
 * panel gave ("Officer B"), by courtesy title ("Mr Doe") or by a name already met. {@code rank} is null
 * where the mention gives none; {@code former} where it says "former".
 */
record Mention(int start, int end, String title, Rank rank, boolean former, String name, boolean codename) {
    /** The last word of the name, by which later mentions often refer back ("former PC Doe"). */
    String surname() {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    boolean fullName() {
        return !codename && name.contains(" ");
    }
}
