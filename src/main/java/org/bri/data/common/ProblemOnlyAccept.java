package org.bri.data.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Disregards an {@code Accept} header that lists only problem types, as RFC 9110 (section 12.5.1)
 * allows, so that the representation is served: generated clients send the error type alone when an
 * operation's success type is not JSON (a source's text), and errors are problem documents anyway.
 */
class ProblemOnlyAccept {

    @ServerRequestFilter(preMatching = true)
    void disregardProblemOnlyAccept(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isEmpty() && accept.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(ProblemOnlyAccept::mediaType).allMatch(t -> t.startsWith("application/problem+"))) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        }
    }

    /** The type and subtype of a media range, without parameters, in lower case. */
    private static String mediaType(String range) {
        int semicolon = range.indexOf(';');
        return (semicolon < 0 ? range : range.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
