package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import jakarta.inject.Singleton;

/**
 * micronaut-function-aws 4.11.0 registers each invocation's Lambda {@link Context} (and its logger,
 * client context and identity) as new singletons and never removes them: a warm function grows and
 * slows with every request. Nothing here injects the Context (the request id reaches the logs through
 * the MDC, which the adapter fills directly), so this replacement registers nothing. A replacement
 * bean rather than a handler subclass: it keeps the library's own handler, and its fix when released.
 */
@Singleton
@Replaces(DefaultLambdaContextFactory.class)
public class NoLambdaContextBeans implements LambdaContextFactory {
    @Override
    public void registerSingletons(Context lambdaContext) {
        // Deliberately nothing: see the class comment.
    }
}
