package org.bri.data.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The explorer's files, which Quarkus's static handler serves from META-INF/resources: tagged by their bytes and
 * revalidated on every use (a 304 when unchanged), so that a browser never runs a module older than the page that
 * imports it, and JavaScript typed as RFC 9239 says.
 */
@Singleton
class ExplorerFiles {

    private static final String ROOT = "META-INF/resources";
    private static final String JAVASCRIPT = "text/javascript; charset=UTF-8";

    /** The tag of each file asked for, by path; empty for a path that names no file. */
    private final Map<String, Optional<String>> tags = new ConcurrentHashMap<>();
    /** In dev mode the files change under a running application, so their tags are computed on every request. */
    private final boolean keepTags = LaunchMode.current() != LaunchMode.DEVELOPMENT;

    void register(@Observes Router router) {
        // After RequestGuard's checks of the request target, before the static handler.
        router.routeWithRegex("/|/index\\.html|/explorer/[^/]+").order(Integer.MIN_VALUE + 2).method(HttpMethod.GET)
                .method(HttpMethod.HEAD).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        String path = context.normalizedPath();
        String file = path.equals("/") ? "/index.html" : path;
        Optional<String> tag = keepTags ? tags.computeIfAbsent(file, ExplorerFiles::digest) : digest(file);
        if (tag.isEmpty()) {
            context.next();
            return;
        }
        String etag = tag.get();
        if (matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            context.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, etag)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache").end();
            return;
        }
        boolean javascript = file.endsWith(".js");
        context.addHeadersEndHandler(done -> {
            var headers = context.response().headers();
            if (context.response().getStatusCode() != 200) {
                return;
            }
            // The tag replaces the static handler's dates: a file's bytes, not its time in the jar, say if it changed.
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache").set(HttpHeaders.ETAG, etag)
                    .remove(HttpHeaders.LAST_MODIFIED);
            if (javascript) {
                headers.set(HttpHeaders.CONTENT_TYPE, JAVASCRIPT);
            }
        });
        context.next();
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(opaque));
    }

    /**
     * A weak tag of the file's bytes: weak, because the server may send them gzipped, and a strong tag would have to
     * differ between the two codings.
     */
    private static Optional<String> digest(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return Optional.of("W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
