package org.openhearings.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline's cold start, as a child JVM whose class path holds only what a bare Lambda would carry
 * (Lambda core and events, the runtime's own event serializer and the Joda-Time it needs, the AWS SDK): build {@link BareHandler},
 * read the event as the Java runtime does, answer it, report like {@link ColdStart}. Nothing of Micronaut
 * may load here. {@code BareColdStart ENDPOINT EVENT_FILE}
 */
public final class BareColdStart {
    private BareColdStart() {
    }

    public static void main(String[] args) throws Exception {
        BareHandler handler = new BareHandler(args[0], System.getProperty("openhearings.dynamodb.table", "openhearings"));
        APIGatewayV2HTTPEvent event;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, BareColdStart.class.getClassLoader()).fromJson(in);
        }
        ColdStart.report(handler.handleRequest(event, null).getStatusCode());
    }
}
