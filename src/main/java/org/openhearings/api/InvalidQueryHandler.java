package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.openhearings.domain.InvalidQueryException;

/** A parameter we cannot use: 400, naming the parameter and saying why. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class InvalidQueryHandler implements ExceptionHandler<InvalidQueryException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidQueryException e) {
        Problem problem = new Problem(Problem.INVALID_PARAMETER, "Invalid query parameter", 400,
                e.detail(), request.getPath(), e.parameter());
        return HttpResponse.badRequest(problem).contentType(Problem.MEDIA_TYPE);
    }
}
