package org.openhearings.domain;

/** A request parameter that cannot be used, and why; the API answers it with 400. */
public class InvalidQueryException extends RuntimeException {
    private final String parameter;

    public InvalidQueryException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The parameter and the reason, as said to a user: {@code limit: "abc" is not a whole number}. */
    public String detail() {
        return parameter + ": " + getMessage();
    }
}
