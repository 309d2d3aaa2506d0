package org.openhearings.local;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.servlet.http.server.DiscoveryServerStartedEventPublisher;
import jakarta.inject.Singleton;

/**
 * Works around micronaut-aws #2511: on server start-up the discovery publisher builds a second HTTP
 * server, which fails on a fixed port (BindException). Nothing here uses service discovery, so the
 * publisher is replaced by a listener that does nothing (it must be a listener, or the replacement is
 * not seen when listeners are looked up).
 */
@Singleton
@Replaces(DiscoveryServerStartedEventPublisher.class)
public class NoDiscoveryRestart implements ApplicationEventListener<ServerStartupEvent> {
    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        // Intentionally empty: see the class comment.
    }
}
