package org.openhearings.domain;

/** The scale of the evidence, e.g. more than 6,000 WhatsApp messages. */
public record Evidence(String description, Integer count, CountQualifier qualifier) {
}
