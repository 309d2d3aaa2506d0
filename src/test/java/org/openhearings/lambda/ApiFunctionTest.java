package org.openhearings.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhearings.store.DynamoRequestCounter;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.util.Base64;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Client input that used to reach DynamoDB or throw in the adapter: a clear 4xx, before any DynamoDB call. */
class ApiFunctionTest {

    private static APIGatewayV2HTTPResponse get(String rawPath, String rawQuery) {
        APIGatewayV2HTTPEvent event = LambdaEvents.read("api-hearings-list.json", APIGatewayV2HTTPEvent.class);
        event.setRawPath(rawPath);
        event.getRequestContext().getHttp().setPath(rawPath);
        event.setRawQueryString(rawQuery);
        event.setQueryStringParameters(rawQuery.isEmpty() ? null
                : Map.of(rawQuery.substring(0, rawQuery.indexOf('=')), rawQuery.substring(rawQuery.indexOf('=') + 1)));
        return new ApiFunction(TestStack.loadedApp()).handleRequest(event, new MockLambdaContext());
    }

    @ParameterizedTest(name = "{0}?{1} is {2}")
    @CsvSource(delimiter = ' ', value = {
            "/hearings/%zz _ 400",
            "/% _ 400",
            "/api/v1/hearings/<script> _ 400",
            "/api/v1/hearings/h-0123 _ 404",
            "/api/v1/hearings/LONG_ID _ 404",
            "/api/v1/hearings/HUGE_ID _ 400",
            "/api/v1/hearings cursor=CRAFTED 400",
            "/api/v1/changes cursor=CRAFTED_CHANGES 400",
    })
    void answeredWithoutTouchingDynamoDb(String path, String query, int status) {
        DynamoRequestCounter counter = TestStack.loadedApp().getBean(DynamoRequestCounter.class);
        String crafted = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("1\nINDEX#all\n" + "\uffff".repeat(1500) + "\nf").getBytes(StandardCharsets.UTF_8));
        String craftedChanges = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "1\nCHANGES\n2026-01-01#h-0000000000000000\nchanges".getBytes(StandardCharsets.UTF_8));
        String rawPath = path.replace("LONG_ID", "h-" + "a".repeat(400)).replace("HUGE_ID", "h-" + "a".repeat(3000));
        String rawQuery = query.equals("_") ? "" : query.replace("CRAFTED_CHANGES", craftedChanges).replace("CRAFTED", crafted);
        long before = counter.total();
        APIGatewayV2HTTPResponse response = get(rawPath, rawQuery);
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("application/problem+json")
                || response.getHeaders().get("Content-Type").startsWith("text/html"), response.getHeaders().toString());
        assertEquals(before, counter.total(), "no DynamoDB request");
        assertTrue(response.getHeaders().keySet().stream().anyMatch("Strict-Transport-Security"::equalsIgnoreCase),
                "security headers on every answer: " + response.getHeaders());
    }
}
