package org.openhearings.testing;

import org.openhearings.local.LambdaHttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The local run's HTTP server over the shared loaded data, started once per test JVM on a free port. */
public final class LocalServer {
    private static LambdaHttpServer server;

    private LocalServer() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                server = LambdaHttpServer.start(TestStack.loadedApp(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.uri().toString();
    }

    public static HttpTestClient client() {
        return new HttpTestClient(url());
    }
}
