package org.openhearings.draft;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhearings.testing.LambdaEvents;
import org.openhearings.testing.LocalBuckets;
import org.openhearings.testing.TestStack;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3-triggered drafting handler with {@code events/s3-notice-created.json}, on the tests' S3Proxy (a
 * real S3 server): reads the notice (and its source from the object's metadata), writes the draft under drafts/.
 */
class S3DraftFunctionTest {
    private static final String BUCKET = "openhearings-raw";
    private S3Client s3;
    private ApplicationContext app;

    @BeforeEach
    void start() throws IOException {
        byte[] notice;
        try (InputStream in = getClass().getResourceAsStream("/sample-data/seed-case.txt")) {
            notice = in.readAllBytes();
        }
        s3 = LocalBuckets.client();
        LocalBuckets.create(s3, BUCKET);
        s3.deleteObject(d -> d.bucket(BUCKET).key("drafts/met/seed case.json"));
        s3.putObject(p -> p.bucket(BUCKET).key("notices/met/seed case.txt").contentType("text/plain")
                .metadata(Map.of("publisher", "Emergency Services News")), RequestBody.fromBytes(notice));
        app = TestStack.emptyApp();
    }

    @AfterEach
    void stop() {
        app.close();
        s3.close();
    }

    @Test
    void aNoticeDroppedUnderNoticesGetsItsDraftUnderDrafts() throws IOException {
        S3Event event = LambdaEvents.read("s3-notice-created.json", S3Event.class);

        List<String> written = new S3DraftFunction(app).handleRequest(event, new MockLambdaContext());

        assertEquals(List.of("drafts/met/seed case.json"), written);
        byte[] body = s3.getObjectAsBytes(g -> g.bucket(BUCKET).key("drafts/met/seed case.json")).asByteArray();
        Draft draft = app.getBean(JsonMapper.class).readValue(body, Draft.class);
        assertEquals("METROPOLITAN", draft.record().get("force"));
        assertEquals(8, ((List<?>) draft.record().get("officers")).size());
        assertEquals("Emergency Services News", ((Map<?, ?>) draft.record().get("source")).get("publisher"), "from the object's metadata");
        assertTrue(draft.notDetermined().stream().anyMatch(u -> u.field().equals("source.url")));
    }

    @Test
    void anObjectOutsideNoticesIsNotDrafted() {
        S3Event event = LambdaEvents.read("s3-raw-record-created.json", S3Event.class);

        assertEquals(List.of(), new S3DraftFunction(app).handleRequest(event, new MockLambdaContext()));
        assertThrows(NoSuchKeyException.class, () -> s3.getObjectAsBytes(g -> g.bucket(BUCKET).key("drafts/met/seed case.json")));
    }
}
