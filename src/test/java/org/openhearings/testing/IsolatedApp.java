package org.openhearings.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhearings.ingest.BulkRebuild;
import org.openhearings.ingest.IngestReport;
import org.openhearings.ingest.IngestService;
import org.openhearings.ingest.IngestService.RawFile;
import org.openhearings.local.LambdaHttpServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An app with a table of its own, served over HTTP, for test classes that ingest while they read:
 * {@code @RegisterExtension static final IsolatedApp app = new IsolatedApp();}
 */
public final class IsolatedApp implements BeforeAllCallback, AfterAllCallback {
    private ApplicationContext app;
    private LambdaHttpServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        app = TestStack.emptyApp();
        server = LambdaHttpServer.start(app, 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        app.close();
    }

    public HttpTestClient http() {
        return new HttpTestClient(url());
    }

    public String url() {
        return server.uri().toString();
    }

    public ApplicationContext context() {
        return app;
    }

    public JsonMapper json() {
        return app.getBean(JsonMapper.class);
    }

    /** Ingests, then rebuilds the bulk files as the schedule would: what a reader sees once both have run. */
    public IngestReport ingest(RawFile... files) {
        IngestReport report = app.getBean(IngestService.class).ingest(List.of(files));
        app.getBean(BulkRebuild.class).rebuildPending();
        return report;
    }

    public IngestReport ingest(String name, String content) {
        return ingest(new RawFile(name, content.getBytes(StandardCharsets.UTF_8)));
    }
}
