package org.openhearings.ingest;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;

import java.util.List;

/** Lambda entry for the schedule that brings the bulk files of the years writes have marked up to date. */
public class BulkRebuildFunction extends MicronautRequestHandler<ScheduledEvent, BulkRebuildFunction.Rebuilt> {
    /** The years whose files were rewritten (empty: nothing was pending). */
    @Serdeable
    public record Rebuilt(List<String> years) {
    }

    @Inject
    BulkRebuild rebuild;

    /** The constructor Lambda uses: builds the application context from the environment. */
    public BulkRebuildFunction() {
    }

    /** Runs inside an existing context (tests, tools). */
    public BulkRebuildFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    public Rebuilt execute(ScheduledEvent event) {
        return new Rebuilt(rebuild.rebuildPending());
    }
}
