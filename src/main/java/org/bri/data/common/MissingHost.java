package org.bri.data.common;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;

/**
 * Serves HTTP/1.0 requests without a Host header, which that version allows: the request URI
 * that every resource and problem is built from takes the server's own address as authority.
 */
class MissingHost {

    /** Before every other filter, since each of them may read the request URI. */
    @ServerRequestFilter(preMatching = true, priority = 1)
    void supplyAuthority(ContainerRequestContext request, HttpServerRequest http) {
        // HTTP/1.1 requires Host (the router refuses a request without it) and HTTP/2 has :authority.
        if (http.version() != HttpVersion.HTTP_1_0 || request.getHeaderString("Host") != null) {
            return;
        }
        SocketAddress local = http.localAddress();
        String host = local == null || local.hostAddress() == null ? "localhost" : local.hostAddress();
        String authority = (host.contains(":") ? "[" + host + "]" : host) + (local == null ? "" : ":" + local.port());
        // RequestGuard has already refused a target that is not a valid URI reference.
        request.setRequestUri(URI.create(http.scheme() + "://" + authority + http.uri()));
    }
}
