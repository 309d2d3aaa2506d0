package org.openhearings.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error the framework or our handlers produce becomes problem+json. A 5xx never carries the
 * exception's message: internal detail stays in the log.
 */
@Singleton
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String detail = status.getCode() >= 500 || !context.hasErrors() ? null : context.getErrors().get(0).getMessage();
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), null);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
