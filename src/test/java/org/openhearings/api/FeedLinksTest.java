package org.openhearings.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.openhearings.lambda.ApiFunction;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.TestStack;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cached Atom feed's links come from API Gateway's own domain name, never from what a client sends. */
class FeedLinksTest {

    @Test
    void forwardedHeadersCannotPoisonTheFeedsLinks() {
        APIGatewayV2HTTPEvent event = LambdaEvents.read("api-hearings-list.json", APIGatewayV2HTTPEvent.class);
        event.setRawPath("/api/v1/feed.atom");
        event.getRequestContext().getHttp().setPath("/api/v1/feed.atom");
        event.setRawQueryString("");
        event.setQueryStringParameters(null);
        event.setHeaders(Map.of("host", "evil.example", "x-forwarded-host", "evil.example",
                "x-forwarded-proto", "http", "forwarded", "host=evil.example;proto=http", "accept", "application/atom+xml"));
        APIGatewayV2HTTPResponse response = new ApiFunction(TestStack.loadedApp()).handleRequest(event, new MockLambdaContext());
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertFalse(response.getBody().contains("evil.example"), "no link from client headers");
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(response.getBody());
        int count = 0;
        while (links.find()) {
            assertTrue(links.group(1).startsWith("https://api.openhearings.example/"), links.group(1));
            count++;
        }
        assertTrue(count > 1, "the feed has links");
    }
}
