package org.openhearings.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhearings.local.SampleData;
import org.openhearings.query.HearingQueryService;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.LocalBuckets;
import org.openhearings.testing.TestStack;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3-triggered ingest handler with {@code events/s3-raw-record-created.json}: the record dropped in the
 * raw bucket of the tests' S3Proxy (a real S3 server), read by the handler and written to DynamoDB Local.
 */
class S3IngestFunctionTest {
    private ApplicationContext app;

    @BeforeEach
    void start() {
        try (S3Client s3 = LocalBuckets.client()) {
            LocalBuckets.create(s3, "openhearings-raw");
            s3.putObject(p -> p.bucket("openhearings-raw").key("records/met/seed case.json").contentType("application/json"),
                    RequestBody.fromBytes(SampleData.seedCase().content()));
        }
        app = TestStack.emptyApp();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void anObjectCreatedEventIngestsTheObjectItNames() {
        S3Event event = LambdaEvents.read("s3-raw-record-created.json", S3Event.class);

        IngestReport report = new S3IngestFunction(app).handleRequest(event, new MockLambdaContext());

        assertEquals(new IngestReport(1, 0, 0, 0, List.of()), report, "the URL-encoded key from the event, decoded and fetched");
        assertTrue(app.getBean(HearingQueryService.class).find("h-3b73d1c153734c18").isPresent());
    }
}
