package org.openhearings.draft;

/** One sentence of a notice and where it stands in the text, so every drafted fact can cite it. */
public record Sentence(int start, int end, String text) {
}
