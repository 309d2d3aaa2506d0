package org.openhearings.draft;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lambda entry for a notice's text dropped under {@code notices/} in the raw bucket: writes its draft under
 * {@code drafts/} for an operator to review. Nothing is published: a reviewed record is copied under
 * {@code records/}, where ingest takes it. The source may be given as object metadata
 * ({@code source-url}, {@code publisher}, {@code published}).
 */
public class S3DraftFunction extends MicronautRequestHandler<S3Event, List<String>> {
    static final String NOTICES = "notices/";
    static final String DRAFTS = "drafts/";
    /** A notice runs to a few pages; anything larger is not a notice and is not read into memory. */
    private static final long MAX_NOTICE_BYTES = 200_000;

    @Inject
    S3Client s3;

    @Inject
    NoticeDrafter drafter;

    @Inject
    JsonMapper json;

    /** The constructor Lambda uses: builds the application context from the environment. */
    public S3DraftFunction() {
    }

    /** Runs inside an existing context (tests, tools). */
    public S3DraftFunction(ApplicationContext context) {
        super(context);
    }

    /** Returns the keys of the drafts written. */
    @Override
    public List<String> execute(S3Event event) {
        List<String> written = new ArrayList<>();
        for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            Long size = record.getS3().getObject().getSizeAsLong();
            if (!key.startsWith(NOTICES) || !key.endsWith(".txt") || size != null && size > MAX_NOTICE_BYTES) {
                continue; // the bucket notification filters these out; a stray event is not an error to retry
            }
            ResponseBytes<GetObjectResponse> notice = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            Map<String, String> metadata = notice.response().metadata();
            Draft draft = drafter.draft(notice.asUtf8String(),
                    new NoticeDrafter.SourceHint(metadata.get("source-url"), metadata.get("publisher"), metadata.get("published")));
            String draftKey = DRAFTS + key.substring(NOTICES.length()).replaceFirst("\\.txt$", ".json");
            s3.putObject(b -> b.bucket(bucket).key(draftKey).contentType("application/json"), RequestBody.fromBytes(bytes(draft)));
            written.add(draftKey);
        }
        return written;
    }

    private byte[] bytes(Draft draft) {
        try {
            return json.writeValueAsBytes(draft);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
