package org.openhearings.lambda;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.openhearings.lambda.ApiFunction;
import org.junit.jupiter.api.Test;
import org.openhearings.observability.RequestLogFilter;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warm function serving request after request through the real handler: the beans it holds and the
 * heap it keeps after a collection must stay flat, or it slows down and grows until Lambda recycles it.
 */
class WarmFunctionTest {
    private static final int REQUESTS = 10_000;

    @Test
    void beansAndRetainedHeapStayFlatOverTenThousandRequests() {
        ApplicationContext app = TestStack.loadedApp();
        ApiFunction handler = new ApiFunction(app);
        APIGatewayV2HTTPEvent event = LambdaEvents.read("api-hearing-get.json", APIGatewayV2HTTPEvent.class);
        Logger requestLog = (Logger) LoggerFactory.getLogger(RequestLogFilter.class);
        Level level = requestLog.getLevel();
        requestLog.setLevel(Level.WARN); // ten thousand access-log lines say nothing here
        try {
            long heapAtStart = 0;
            long startNanos = 0;
            double firstRate = 0;
            for (int i = 1; i <= REQUESTS; i++) {
                if (i == 1_000) {
                    heapAtStart = retainedHeap();
                    startNanos = System.nanoTime();
                }
                assertEquals(200, handler.handleRequest(event, new MockLambdaContext()).getStatusCode());
                if (i == 2_000) {
                    firstRate = 1_000 / ((System.nanoTime() - startNanos) / 1e9);
                }
            }
            long growth = retainedHeap() - heapAtStart;
            System.out.printf("warm function: %d requests, retained heap growth %d KB, %.0f requests/s at 1,000-2,000%n",
                    REQUESTS, growth / 1024, firstRate);
            assertTrue(app.getBeansOfType(Context.class).size() <= 1, "no Lambda Context kept per invocation");
            assertTrue(growth < 2 * 1024 * 1024, "retained heap grew " + growth / 1024 + " KB over 9,000 requests");
        } finally {
            requestLog.setLevel(level);
        }
    }

    private static long retainedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
