package org.openhearings.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A partial date is written as ISO 8601's reduced forms, padded as {@code %04d-%02d-%02d} would pad it. */
class PartialDateTest {

    @Test
    void writesEachPrecisionPaddedAsTheFormatWould() {
        for (int year : new int[]{-45, -5, 0, 7, 987, 2024, 12345}) {
            assertEquals(String.format("%04d", year), new PartialDate(year, null, null).toString());
            for (int month = 1; month <= 12; month++) {
                assertEquals(String.format("%04d-%02d", year, month), new PartialDate(year, month, null).toString());
                assertEquals(String.format("%04d-%02d-%02d", year, month, 28), new PartialDate(year, month, 28).toString());
            }
        }
        assertEquals("2021-04-09", new PartialDate(2021, 4, 9).toString());
    }
}
