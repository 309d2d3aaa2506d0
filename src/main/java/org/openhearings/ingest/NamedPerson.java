package org.openhearings.ingest;

/** Someone other than an accused officer named in the raw text, and the role that replaces their name. */
public record NamedPerson(String name, String role) {
}
