package org.openhearings.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import org.junit.jupiter.api.Test;
import org.openhearings.testing.TestStack;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hostile requests through the real Lambda handler against the loaded table: the status histogram must
 * hold no 5xx and no answer may carry a stack trace or an exception name. The suite runs 10,000; the
 * README's fuzz command runs 100,000 ({@code -Dopenhearings.fuzz.requests=100000}).
 */
class HostileRequestsTest {

    @Test
    void noHostileRequestGetsA5xxOrAStackTrace() {
        int requests = Integer.getInteger("openhearings.fuzz.requests", 10_000);
        ApiFunction handler = new ApiFunction(TestStack.loadedApp());
        HostileRequests hostile = new HostileRequests(Long.getLong("openhearings.fuzz.seed", 9L));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.ERROR); // a hundred thousand access-log lines say nothing here
        Map<Integer, Integer> histogram = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < requests; i++) {
                APIGatewayV2HTTPEvent event = hostile.next();
                APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());
                histogram.merge(response.getStatusCode(), 1, Integer::sum);
                String body = response.getBody() == null ? "" : response.getBody();
                boolean trace = body.contains("Exception") || body.contains("\tat ") || body.contains("java.");
                if ((response.getStatusCode() >= 500 || trace) && failures.size() < 20) {
                    failures.add(response.getStatusCode() + " " + event.getRequestContext().getHttp().getMethod() + " "
                            + abbreviate(event.getRawPath()) + "?" + abbreviate(event.getRawQueryString()) + " "
                            + event.getHeaders() + " -> " + abbreviate(body));
                }
            }
        } finally {
            root.setLevel(level);
        }
        System.out.printf("hostile requests: %d in %.1f s, statuses %s%n", requests, (System.nanoTime() - start) / 1e9, histogram);
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
