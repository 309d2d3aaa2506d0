package org.openhearings.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 404 as problem+json. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
        Problem problem = new Problem(Problem.NOT_FOUND, "Not found", 404, e.getMessage(), request.getPath(), null);
        return HttpResponse.<Problem>status(HttpStatus.NOT_FOUND).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
