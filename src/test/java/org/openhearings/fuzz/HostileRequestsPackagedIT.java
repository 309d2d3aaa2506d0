package org.openhearings.fuzz;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import org.junit.jupiter.api.Test;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.PackagedJar;
import org.openhearings.testing.TestStack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hostile requests through the packaged jar's handler, not the build's: the jar leaves out the bean
 * definitions no function should need (pom), and a hostile path that reached for one (an error handler, a
 * binder, a codec) would answer 500 on Lambda only. No 5xx, no stack trace.
 */
class HostileRequestsPackagedIT {
    private static final int REQUESTS = 2_000;

    @Test
    void noHostileRequestGetsA5xxFromThePackagedJar() throws Exception {
        List<String> settings = PackagedJar.useTableOf(TestStack.loadedApp());
        try {
            Object handler = PackagedJar.construct("org.openhearings.lambda.ApiFunction");
            quietLogging();
            HostileRequests hostile = new HostileRequests(Long.getLong("openhearings.fuzz.seed", 14L));
            Map<Integer, Integer> histogram = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                APIGatewayV2HTTPEvent event = hostile.next();
                Object response = PackagedJar.handle(handler, "APIGatewayV2HTTPEvent", LambdaEvents.json(event, APIGatewayV2HTTPEvent.class));
                int status = PackagedJar.status(response);
                String body = PackagedJar.body(response);
                histogram.merge(status, 1, Integer::sum);
                if ((status >= 500 || body.contains("Exception") || body.contains("\tat ")) && failures.size() < 20) {
                    failures.add(status + " " + event.getRequestContext().getHttp().getMethod() + " " + event.getRawPath() + "?"
                            + event.getRawQueryString() + " -> " + body.substring(0, Math.min(200, body.length())));
                }
            }
            System.out.printf("hostile requests through the packaged jar: %d, statuses %s%n", REQUESTS, histogram);
            assertEquals(List.of(), failures);
        } finally {
            settings.forEach(System::clearProperty);
        }
    }

    /** The jar's own logback (not the test's) to errors only: two thousand access-log lines say nothing here. */
    private static void quietLogging() throws Exception {
        ClassLoader jar = PackagedJar.loader();
        Object root = jar.loadClass("org.slf4j.LoggerFactory").getMethod("getLogger", String.class).invoke(null, "ROOT");
        Class<?> level = jar.loadClass("ch.qos.logback.classic.Level");
        root.getClass().getMethod("setLevel", level).invoke(root, level.getField("ERROR").get(null));
    }
}
