package org.openhearings.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lambda entry for S3 "object created" events on the raw-data bucket: the same ingest as the command line. */
public class S3IngestFunction extends MicronautRequestHandler<S3Event, IngestReport> {
    @Inject
    S3Client s3;

    /** The constructor Lambda uses: builds the application context from the environment. */
    public S3IngestFunction() {
    }

    /** Runs inside an existing context (tests, tools). */
    public S3IngestFunction(ApplicationContext context) {
        super(context);
    }

    @Inject
    IngestService ingest;

    @Inject
    HearingIds ids;

    @Override
    public IngestReport execute(S3Event event) {
        if (System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null && ids.usesLocalKey()) {
            // Fail closed: ids made with the public key could be recomputed from an archived notice.
            throw new IllegalStateException("the record ids' key is the public local key: set OPENHEARINGS_ID_KEY");
        }
        List<IngestService.RawFile> files = new ArrayList<>();
        for (S3EventNotification.S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            // Event keys are URL-encoded ("+" for spaces).
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            byte[] content = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            files.add(new IngestService.RawFile(key, content));
        }
        return ingest.ingest(files);
    }
}
