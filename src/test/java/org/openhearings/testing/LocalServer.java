package org.openhearings.testing;

import io.micronaut.runtime.server.EmbeddedServer;

/** The local run's HTTP server over the shared loaded data, started once per test JVM on a random port. */
public final class LocalServer {
    private static EmbeddedServer server;

    private LocalServer() {
    }

    public static synchronized HttpTestClient client() {
        if (server == null) {
            server = TestStack.loadedApp().getBean(EmbeddedServer.class).start();
        }
        return new HttpTestClient(server.getURL().toString());
    }
}
