package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.openhearings.draft.NoticeDrafter;
import org.openhearings.ingest.HearingAnonymiser;
import org.openhearings.ingest.IngestService;
import org.openhearings.local.LocalRun;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;
import org.openhearings.web.PageRenderer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The function as Lambda builds it (no-argument constructor, settings from outside): it answers, and it
 * makes only the beans a request needs, not ingest's, the drafter's or the pages' on a JSON GET (the cold
 * start lever of lazy beans, which the library's own builder would undo).
 */
class LambdaConstructedFunctionTest {
    @Test
    void aJsonGetMakesNoIngestDraftOrPageBean() {
        Map<String, Object> settings = new HashMap<>(LocalRun.properties(TestStack.endpoint(), TestStack.s3Endpoint()));
        settings.put("openhearings.dynamodb.table", TestStack.loadedApp().getProperty("openhearings.dynamodb.table", String.class).orElseThrow());
        settings.forEach((name, value) -> System.setProperty(name, value.toString()));
        ApiFunction function = null;
        try {
            function = new ApiFunction();
            APIGatewayV2HTTPResponse response = function.handleRequest(
                    LambdaEvents.read("api-hearing-get.json", APIGatewayV2HTTPEvent.class), new MockLambdaContext());
            assertEquals(200, response.getStatusCode(), response.getBody());
            assertTrue(response.getBody().contains("h-3b73d1c153734c18"));
            for (Class<?> unused : List.of(IngestService.class, HearingAnonymiser.class, NoticeDrafter.class, PageRenderer.class)) {
                assertFalse(function.getApplicationContext().getActiveBeanRegistrations(unused).iterator().hasNext(),
                        unused.getSimpleName() + " was made for a GET of one hearing");
            }
        } finally {
            settings.keySet().forEach(System::clearProperty);
            if (function != null) {
                function.getApplicationContext().close();
            }
        }
    }
}
