package org.openhearings.domain;

import java.time.LocalDate;

/**
 * Who published the account a record was taken from, and when. The account's address and title are
 * kept with the raw input, not published: they often carry the names the record leaves out.
 */
public record Source(String publisher, LocalDate published) {
}
