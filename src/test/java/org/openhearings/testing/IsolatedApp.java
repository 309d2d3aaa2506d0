package org.openhearings.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.openhearings.ingest.IngestService;
import org.openhearings.ingest.IngestService.RawFile;
import org.openhearings.ingest.IngestReport;
import org.openhearings.local.LambdaHttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An app with a table of its own, served over HTTP, for tests that ingest while they read. */
public final class IsolatedApp implements AutoCloseable {
    private final ApplicationContext app;
    private final LambdaHttpServer server;

    private IsolatedApp(ApplicationContext app, LambdaHttpServer server) {
        this.app = app;
        this.server = server;
    }

    public static IsolatedApp start() {
        ApplicationContext app = TestStack.emptyApp();
        try {
            return new IsolatedApp(app, LambdaHttpServer.start(app, 0));
        } catch (IOException e) {
            app.close();
            throw new UncheckedIOException(e);
        }
    }

    public HttpTestClient http() {
        return new HttpTestClient(url());
    }

    public String url() {
        return server.uri().toString();
    }

    public JsonMapper json() {
        return app.getBean(JsonMapper.class);
    }

    public IngestReport ingest(RawFile... files) {
        return app.getBean(IngestService.class).ingest(List.of(files));
    }

    public IngestReport ingest(String name, String content) {
        return ingest(new RawFile(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        server.close();
        app.close();
    }
}
