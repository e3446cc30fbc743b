package org.bri.data.common;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * Makes a valid {@code format} query parameter win over {@code Accept}, so that a plain link in a browser (which
 * accepts HTML first) downloads CSV or NDJSON: the request is negotiated as if it accepted only that format. An
 * unknown value is left for the list's validation to refuse by name.
 */
class FormatAccept {

    static final String PARAMETER = "format";

    /** Before the response cache, so that its key holds the representation actually served. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 500)
    void preferFormat(ContainerRequestContext request, RoutingContext routing) {
        // The raw query first: most requests name no format, and need not have their URI parsed here.
        String query = routing.request().query();
        if (query == null || !query.contains(PARAMETER + "=")) {
            return;
        }
        var values = request.getUriInfo().getQueryParameters().get(PARAMETER);
        if (values == null || values.size() != 1) {
            return;
        }
        ListFormat.named(values.get(0))
                .ifPresent(format -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, format.type().toString()));
    }
}
