package org.openhearings.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Where readers report an error in a record ({@code openhearings.contact-email}, a template parameter);
 * null where none is set, and the pages then say to contact the source's publisher.
 */
@Singleton
public class CorrectionsContact {
    private final String email;

    public CorrectionsContact(@Nullable @Value("${openhearings.contact-email:}") String email) {
        this.email = email == null || !email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+") ? null : email;
    }

    @Nullable
    public String email() {
        return email;
    }
}
