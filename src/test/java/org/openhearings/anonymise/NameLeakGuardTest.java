package org.openhearings.anonymise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameLeakGuardTest {
    private final NameLeakGuard guard = new NameLeakGuard(List.of(
            new Identity("Kelsey Buchan", List.of(), "former Officer D", true),
            new Identity("Carlo Francisco", List.of("WN-889"), "former Officer G", true)));

    @Test
    void findsAnyPartOfANameInAnyCase() {
        assertEquals(List.of(0), guard.peopleNamedIn("statement by KELSEY"));
        assertEquals(List.of(1), guard.peopleNamedIn("as francisco said"));
    }

    @Test
    void findsIdentifiers() {
        assertEquals(List.of(1), guard.peopleNamedIn("warrant WN-889"));
    }

    @Test
    void passesCleanTextAndNull() {
        assertEquals(List.of(), guard.peopleNamedIn("former Officer D and former Officer G; San Franciscans"));
        assertEquals(List.of(), guard.peopleNamedIn(null));
    }
}
