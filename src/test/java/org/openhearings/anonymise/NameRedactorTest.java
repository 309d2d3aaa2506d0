package org.openhearings.anonymise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameRedactorTest {
    private final NameRedactor redactor = new NameRedactor(List.of(
            new Identity("Glynn Rees", List.of("PC 123456"), "Officer A", true),
            new Identity("Luke Allen", List.of(), "Officer C", true),
            new Identity("Luke Thomas", List.of(), "Officer H", true),
            new Identity("Jon Savell", List.of(), "a commander", false)));

    @Test
    void replacesFullNamesWithTheirTitles() {
        assertEquals("Officer A was dismissed.", redactor.redact("PC Glynn Rees was dismissed."));
        assertEquals("Then former Officer H spoke.", redactor.redact("Then former Sergeant Luke Thomas spoke."));
    }

    @Test
    void replacesSurnamesOnTheirOwnAndWithATitle() {
        assertEquals("Officer A and a commander agreed.", redactor.redact("Rees and Commander Savell agreed."));
    }

    @Test
    void capitalisesAReplacementThatStartsASentence() {
        assertEquals("It ended. A commander said so.", redactor.redact("It ended. Jon Savell said so."));
    }

    @Test
    void aFirstNameSharedByTwoPeopleBecomesNeutralRatherThanAGuess() {
        assertEquals("Then an officer left.", redactor.redact("Then Luke left."));
    }

    @Test
    void replacesIdentifiersSuchAsWarrantNumbers() {
        assertEquals("Officer A (Officer A) attended.", redactor.redact("Glynn Rees (PC 123456) attended."));
    }

    @Test
    void leavesWordsThatMerelyContainANameAlone() {
        String text = "Temperatures fell by three degrees; Thomason Street was closed.";
        assertEquals(text, redactor.redact(text));
    }
}
