package org.openhearings.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CorrectionsContactTest {
    @Test
    void anAddressIsShownOnlyIfItIsOne() {
        assertEquals("corrections@openhearings.example", new CorrectionsContact("corrections@openhearings.example").email());
        assertNull(new CorrectionsContact("").email());
        assertNull(new CorrectionsContact(null).email());
        assertNull(new CorrectionsContact("\"><script>@x.y").email(), "markup is not an address");
    }
}
