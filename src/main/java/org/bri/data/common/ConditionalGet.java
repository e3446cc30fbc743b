package org.bri.data.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caching validators. The data changes with a seed release or a curator's write, both of which move the data
 * version, so a successful response is identified by the data version, the request URI and the accepted media type; a
 * request whose If-None-Match holds that tag gets a 304 instead of the body. Only successful
 * answers are replaced, so errors and unknown ids are never hidden behind a 304. A record that curators write carries
 * its own strong tag, its version, which wins.
 */
class ConditionalGet {

    /**
     * Any cache may keep an answer but must revalidate it (a cheap 304) before reuse: curators write at any time, and
     * a mirror following the change feed must never be handed an old page of it.
     */
    private static final String CACHE_CONTROL = "public, no-cache";
    private static final String VARY = "Accept, Accept-Encoding, Origin";

    private final DataVersion version;

    ConditionalGet(DataVersion version) {
        this.version = version;
    }

    @ServerResponseFilter
    void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // An answer that says how it may be cached (an editor's export: not at all) is left as it is.
            return;
        }
        // A resource that versions its record tags it strongly itself; every other answer gets the data's version.
        Object own = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag = own != null ? own.toString() : etag(request);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(opaque) || tag.equals("W/" + opaque));
    }

    /** A weak tag: the same data and request give the same content, though not byte for byte (compression). */
    private String etag(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        String key = version.checksum() + " " + uri.getRawPath() + "?" + uri.getRawQuery() + " "
                + request.getHeaderString(HttpHeaders.ACCEPT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
