package org.openhearings.search;

import org.junit.jupiter.api.Test;
import org.openhearings.domain.InvalidQueryException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What q= means: the same analysis as the index, AND of words and phrases, and refusals that say why. */
class SearchQueryTest {
    private static SearchText text(String words) {
        List<String> terms = SearchAnalyser.terms(words, SearchText.MAX_TERMS);
        return new SearchText(" " + String.join(" ", terms) + " ", new java.util.LinkedHashSet<>(terms));
    }

    @Test
    void caseEndingsAndAccentsDoNotMatter() {
        SearchText indexed = text("Officers sent racist messages in a WhatsApp group at the Café Royal");
        for (String q : List.of("racist message", "RACIST MESSAGES", "whatsapp", "WhatsApp's", "cafe", "café", "\"racist messages\"",
                "messaged", "groups")) {
            assertTrue(SearchQuery.parse(q).matches(indexed), q);
        }
    }

    @Test
    void everyWordAndPhraseMustHold() {
        SearchText indexed = text("Officers sent racist messages in a WhatsApp group");
        assertFalse(SearchQuery.parse("racist assault").matches(indexed), "AND, not OR");
        assertFalse(SearchQuery.parse("\"messages racist\"").matches(indexed), "a phrase keeps its order");
        assertFalse(SearchQuery.parse("\"racist group\"").matches(indexed), "a phrase's words are adjacent");
        assertTrue(SearchQuery.parse("\"sent racist messages\" group").matches(indexed));
        assertFalse(SearchQuery.parse("rac").matches(indexed), "whole terms, not substrings of them");
    }

    @Test
    void stopWordsAloneOrTooMuchAreRefused() {
        assertEquals("q", assertThrows(InvalidQueryException.class, () -> SearchQuery.parse("the of and")).parameter());
        assertThrows(InvalidQueryException.class, () -> SearchQuery.parse("\"\""));
        assertThrows(InvalidQueryException.class, () -> SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH + 1)));
        assertThrows(InvalidQueryException.class, () -> SearchQuery.parse("a1 b2 c3 d4 e5 f6 g7 h8 i9"));
        assertEquals(2, SearchQuery.parse("racist racist \"the\" messages").clauses().size(), "repeats and stop words drop out");
    }

    @Test
    void theLongestTermIsThePartitionRead() {
        assertEquals("whatsapp", SearchQuery.parse("sent \"in whatsapp\" group").partitionTerm());
    }
}
