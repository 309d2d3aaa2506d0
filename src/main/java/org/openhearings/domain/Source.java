package org.openhearings.domain;

import java.time.LocalDate;

/** The public account a record was taken from. */
public record Source(String url, String publisher, String title, LocalDate published) {
}
