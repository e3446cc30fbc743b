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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Validators for caching: the data changes only when a new seed set is loaded, so a response is
 * identified by the data version and the request URI, and a matching If-None-Match gets a 304.
 */
class ConditionalGet {

    private static final String CACHE_CONTROL = "public, max-age=60";

    private final DataVersion version;

    ConditionalGet(DataVersion version) {
        this.version = version;
    }

    @ServerRequestFilter
    Response notModified(ContainerRequestContext request) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || !cacheable(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath())) {
            return null;
        }
        String etag = etag(request);
        boolean match = Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag));
        return match
                ? Response.notModified().header(HttpHeaders.ETAG, etag)
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build()
                : null;
    }

    @ServerResponseFilter
    void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200
                && cacheable(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath())) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag(request));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
    }

    private static boolean cacheable(String method, String path) {
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && path.startsWith("/api/");
    }

    /** A weak tag: the same data and URI give the same content, though not byte for byte (compression). */
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
