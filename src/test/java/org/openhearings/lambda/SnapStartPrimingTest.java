package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.openhearings.local.LocalRun;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Priming a SnapStart snapshot runs every representative request through the handler without the network:
 * with DynamoDB pointed at a port nobody listens on, priming still answers 200 or 404 everywhere (a call
 * that went out would be a 503), and a real request afterwards does go out (and, here, fails as it must).
 */
class SnapStartPrimingTest {
    @Test
    void primingNeverLeavesTheProcessAndEndsWithIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free once closed: nothing listens there
        }
        Map<String, Object> settings = new HashMap<>(LocalRun.properties("http://127.0.0.1:" + closedPort, TestStack.s3Endpoint()));
        settings.forEach((name, value) -> System.setProperty(name, value.toString()));
        ApiFunction function = null;
        try {
            function = new ApiFunction();
            List<Integer> statuses = new SnapStartPriming(function).prime();
            assertEquals(6, statuses.size());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 404), statuses.toString());
            assertTrue(statuses.contains(404) && statuses.contains(200), statuses.toString());

            int real = function.handleRequest(LambdaEvents.read("api-hearing-get.json", APIGatewayV2HTTPEvent.class),
                    new MockLambdaContext()).getStatusCode();
            assertEquals(503, real, "after priming, DynamoDB is called for real (and is not there)");
        } finally {
            settings.keySet().forEach(System::clearProperty);
            if (function != null) {
                function.getApplicationContext().close();
            }
        }
    }
}
