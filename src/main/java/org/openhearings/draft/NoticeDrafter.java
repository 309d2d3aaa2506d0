package org.openhearings.draft;

import jakarta.inject.Singleton;

/**
 * Drafts a raw record from the plain text of an outcome notice or a news article, for an operator to
 * review. Rule-based over the language of UK outcome notices: every field cites the sentence it came
 * from, and a field the text does not support is left out and listed as not determined.
 */
@Singleton
public class NoticeDrafter {
    /** Where the text came from, as the operator gives it (the text itself rarely carries its own address). */
    public record SourceHint(String url, String publisher, String published) {
        public static SourceHint none() {
            return new SourceHint(null, null, null);
        }
    }

    public Draft draft(String text, SourceHint source) {
        return new NoticeReading(text == null ? "" : text, source == null ? SourceHint.none() : source).draft();
    }
}
