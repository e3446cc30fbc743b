package org.bri.data.common;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;

/**
 * Turns new requests away with a 503 during the last part of the shutdown delay, so that clients
 * leave this replica while its server still runs and none has a connection closed under it.
 */
@Singleton
class ShutdownDrain {

    // Read when the shutdown begins: the request filter creates this bean before the
    // configuration is available.
    private final Provider<ApiConfig> config;
    private volatile boolean shuttingDown;
    private volatile long drainFromNanos;

    ShutdownDrain(Provider<ApiConfig> config) {
        this.config = config;
    }

    // Quarkus serves new requests to the very end of a shutdown (it only adds Connection: close)
    // and then closes its event loops while connections are still arriving, so the 503s are given
    // here, while the server is whole: readiness is DOWN for the whole delay, requests are served
    // as usual for its first part and turned away for its last. Requests in flight then finish
    // before the server closes, up to quarkus.shutdown.timeout.
    void delayStarted(@Observes ShutdownDelayInitiatedEvent event) {
        Duration delay = ConfigProvider.getConfig().getOptionalValue("quarkus.shutdown.delay", Duration.class)
                .orElse(Duration.ZERO);
        drainFromNanos = System.nanoTime() + delay.minus(config.get().shutdown().drain()).toNanos();
        shuttingDown = true;
    }

    /** Whether new requests are being turned away. */
    boolean draining() {
        // nanoTime has no fixed origin and may be negative: only differences of it are compared.
        return shuttingDown && System.nanoTime() - drainFromNanos >= 0;
    }

    @ServerRequestFilter(preMatching = true)
    Response turnAwayWhileDraining(UriInfo uri) {
        if (!draining()) {
            return null;
        }
        return ProblemMappers.problemBuilder(503, "The service is shutting down; retry.", uri, null)
                .header("Retry-After", 1).header("Connection", "close").build();
    }
}
