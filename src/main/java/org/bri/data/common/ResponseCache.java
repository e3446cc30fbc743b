package org.bri.data.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers reads from serialized bytes kept per data version and request, and tags every successful read for
 * revalidation. The data changes only with a seed release or a curator's write, both of which move the data version,
 * so an answer kept under an older version is simply never asked for again. A kept answer is served, or found not
 * modified, before the request is routed, so a hit runs no query; a miss is answered as usual, then serialized once and
 * kept, and gzipped once when a client first asks for that. Errors are never kept or hidden behind a 304.
 */
@ApplicationScoped
class ResponseCache {

    /**
     * Any cache may keep an answer but must revalidate it (a cheap 304) before reuse: curators write at any time, and
     * a mirror following the change feed must never be handed an old page of it.
     */
    private static final String CACHE_CONTROL = "public, no-cache";
    private static final String VARY = "Accept, Accept-Encoding, Origin";
    private static final String GZIP = "gzip";
    /** A tag made from an answer's bytes (a record's version tags it otherwise); compiled once, as hits check it. */
    private static final Pattern BYTES_TAG = Pattern.compile("\"[0-9a-f]{32}\"");
    /** Below this, gzip's header and dictionary cost more than they save. */
    private static final int GZIP_FROM = 256;
    /** The request property that carries a miss's key from the request filter to the response filter. */
    private static final String KEY = ResponseCache.class.getName() + ".key";
    /** Where the REST layer leaves the matched path template for the HTTP metrics' uri tag. */
    private static final String TEMPLATE = "UrlPathTemplate";
    /** Headers the service computes per request or per answer, never kept with the body. */
    private static final List<String> NOT_KEPT = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.CONTENT_ENCODING);

    private final DataVersion version;
    private final ShutdownDrain drain;
    private final ObjectMapper mapper;
    private final boolean enabled;
    private final Cache<Key, Answer> answers;
    /** The version the kept answers belong to; answers of another one are never asked for again. */
    private volatile long versionKept = -1;

    ResponseCache(DataVersion version, ShutdownDrain drain, ObjectMapper mapper, ApiConfig config,
            MeterRegistry registry) {
        this.version = version;
        this.drain = drain;
        this.mapper = mapper;
        this.enabled = config.cache().enabled();
        this.answers = Caffeine.newBuilder().maximumWeight(config.cache().maxSize().asLongValue())
                .weigher((Key key, Answer answer) -> key.weight() + answer.weight()).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, answers, "responses");
    }

    /** A read of a version of the data: the request target and the representation asked for. */
    record Key(long version, String target, String accept) {

        int weight() {
            return 64 + 2 * (target.length() + (accept == null ? 0 : accept.length()));
        }
    }

    /**
     * A successful answer as sent: its body, its media type, its tag and the headers it was given (paging links, the
     * total count); gzipped when a client first asks for that, and only when that saves anything.
     */
    static final class Answer {

        private final byte[] body;
        private final String mediaType;
        private final String etag;
        private final List<Map.Entry<String, String>> headers;
        /** The contract's path template the answer was routed to, which the HTTP metrics name it by. */
        private final String template;
        private volatile byte[] gzipped;
        private volatile Buffer bodyBuffer;
        private volatile Buffer gzippedBuffer;

        Answer(byte[] body, String mediaType, String etag, List<Map.Entry<String, String>> headers,
                String template) {
            this.body = body;
            this.mediaType = mediaType;
            this.etag = etag;
            this.headers = headers;
            this.template = template;
        }

        /** The gzipped body, or null when the body is too small to gain from it; computed once, on first use. */
        byte[] gzipped() {
            if (body.length < GZIP_FROM) {
                return null;
            }
            byte[] compressed = gzipped;
            if (compressed == null) {
                // Two first requests at once may both compress: the same bytes, and cheaper than a lock.
                compressed = gzip(body);
                gzipped = compressed;
            }
            return compressed;
        }

        /**
         * The bytes to send as a Vert.x buffer, made once: Vert.x writes a duplicate of a buffer's memory each time it
         * is sent, so every hit shares these rather than copying the body again.
         */
        Buffer buffer(boolean gzip) {
            Buffer kept = gzip ? gzippedBuffer : bodyBuffer;
            if (kept == null) {
                // As with gzipped(): two first requests may both make it, the same bytes either way.
                kept = Buffer.buffer(gzip ? gzipped() : body);
                if (gzip) {
                    gzippedBuffer = kept;
                } else {
                    bodyBuffer = kept;
                }
            }
            return kept;
        }

        /**
         * Counted at its largest: the body, its gzip copy (never bigger than the body it compresses, for these bodies)
         * and a send buffer of each.
         */
        int weight() {
            return 128 + 4 * body.length
                    + headers.stream().mapToInt(h -> 2 * (h.getKey().length() + h.getValue().length())).sum();
        }
    }

    /**
     * Serves kept answers to GET from the router itself, after the guards, CORS and the security headers and ahead of
     * the REST layer, whose per-request work (its context, filters and writers) was most of what a hit cost. Anything
     * this route does not answer (a miss, HEAD, HTTP/1.0 without a Host, a draining shutdown) goes on to the REST layer
     * as before, where {@link #lookup} serves it.
     */
    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serveKept);
    }

    private void serveKept(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        Answer answer = null;
        Key key = null;
        if (request.method() == io.vertx.core.http.HttpMethod.GET && request.version() != HttpVersion.HTTP_1_0
                && !drain.draining()) {
            key = key(HttpMethod.GET, request.path(), request.uri(), request.getHeader(HttpHeaders.ACCEPT));
            answer = key == null ? null : answers.getIfPresent(key);
        }
        if (answer == null) {
            if (key != null) {
                // Missed here already: the REST layer's lookup takes the key rather than missing (and counting) again.
                routing.put(KEY, key);
            }
            routing.next();
            return;
        }
        if (answer.template != null && VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(TEMPLATE, answer.template);
        }
        HttpServerResponse response = routing.response();
        boolean gzip = answer.body.length >= GZIP_FROM
                && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        answer.headers.forEach(h -> response.headers().add(h.getKey(), h.getValue()));
        response.putHeader(HttpHeaders.ETAG, gzip ? gzipTag(answer.etag) : answer.etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).putHeader(HttpHeaders.VARY, VARY);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag)) {
            response.setStatusCode(Response.Status.NOT_MODIFIED.getStatusCode()).end();
            return;
        }
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, answer.mediaType)
                .end(answer.buffer(gzip));
    }

    /** The path template the REST layer routed this request to, as the HTTP metrics read it; null outside one. */
    private static String routedTemplate() {
        return VertxContext.isOnDuplicatedContext() ? ContextLocals.<String>get(TEMPLATE).orElse(null) : null;
    }

    /** Serves a kept answer before routing, so that neither a hit nor its 304 runs a query. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 1000)
    Response lookup(ContainerRequestContext request, RoutingContext routing) {
        // The request target as received, rather than UriInfo's, which parses it into a java.net.URI every time.
        Key missed = routing.get(KEY);
        if (missed != null) {
            request.setProperty(KEY, missed);
            return null;
        }
        Key key = key(request.getMethod(), routing.request().path(), routing.request().uri(),
                request.getHeaderString(HttpHeaders.ACCEPT));
        if (key == null) {
            return null;
        }
        Answer answer = answers.getIfPresent(key);
        if (answer == null) {
            request.setProperty(KEY, key);
            return null;
        }
        if (servesGzip(answer, request)
                && !matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), answer.etag)) {
            // Set on the connection's response, replacing the "identity" the server puts there before routing: one
            // added through this answer would sit beside that value, and the server drops both.
            routing.response().putHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        return answer(answer, request, false).build();
    }

    /** Keeps a successful read and answers it from its bytes: a 304 when the client holds it already. */
    @ServerResponseFilter
    void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!readsApi(request)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        // An answer that says how it may be cached (an editor's export: not at all) is left as it is, as are errors
        // and an answer served from this cache already.
        if (response.getStatus() != 200 || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)
                || response.getEntity() == null) {
            return;
        }
        Answer answer = serialize(response);
        if (answer == null) {
            return;
        }
        Object key = request.getProperty(KEY);
        if (key instanceof Key k) {
            answers.put(k, answer);
        }
        Response built = answer(answer, request, true).build();
        response.setStatus(built.getStatus());
        response.getHeaders().clear();
        response.getHeaders().putAll(built.getHeaders());
        if (built.hasEntity()) {
            response.setEntity(built.getEntity(), null, MediaType.valueOf(answer.mediaType));
        } else {
            response.setEntity(null);
        }
    }

    /** The key of a read this cache may answer; null for anything else or before any data is loaded. */
    private Key key(String method, String path, String target, String accept) {
        long current = version.generation();
        if (!enabled || !readsApi(method, path) || version.checksum().isEmpty()) {
            return null;
        }
        if (current != versionKept) {
            // Frees the memory of the older answers at once rather than as they age out.
            versionKept = current;
            answers.invalidateAll();
        }
        return new Key(current, target, accept);
    }

    private static boolean readsApi(ContainerRequestContext request) {
        return readsApi(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath());
    }

    private static boolean readsApi(String method, String rawPath) {
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && rawPath != null
                && rawPath.startsWith("/api/");
    }

    /** The answer's bytes, gzipped or not as the client accepts, or a 304 when If-None-Match names them. */
    private static Response.ResponseBuilder answer(Answer answer, ContainerRequestContext request, boolean coding) {
        boolean gzip = servesGzip(answer, request);
        String etag = gzip ? gzipTag(answer.etag) : answer.etag;
        Response.ResponseBuilder builder = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), answer.etag)
                ? Response.notModified()
                : Response.ok(gzip ? answer.gzipped() : answer.body, answer.mediaType);
        if (gzip && coding) {
            // Already compressed: the server's own compression leaves an answer with a content coding alone.
            builder.header(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        answer.headers.forEach(h -> builder.header(h.getKey(), h.getValue()));
        return builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY);
    }

    private static boolean servesGzip(Answer answer, ContainerRequestContext request) {
        return answer.body.length >= GZIP_FROM && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * The answer as bytes, or null for a body this cache does not serialize. A record that curators write carries its
     * own strong tag, its version, which If-Match names whatever the coding; every other answer is tagged by its
     * bytes.
     */
    private Answer serialize(ContainerResponseContext response) {
        Object entity = response.getEntity();
        // A resource that builds its Response without a type leaves it to @Produces, which is JSON for every record
        // and list of the API and plain text for a source's text.
        MediaType type = response.getMediaType() != null
                ? response.getMediaType()
                : entity instanceof String ? MediaType.TEXT_PLAIN_TYPE : MediaType.APPLICATION_JSON_TYPE;
        byte[] body;
        try {
            if (entity instanceof String text) {
                body = text.getBytes(StandardCharsets.UTF_8);
            } else if (type.getSubtype().endsWith("json") && isRecord(entity)) {
                body = mapper.writeValueAsBytes(entity);
            } else {
                return null;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An API record is always JSON", e);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        });
        Object own = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag = own != null ? own.toString() : "\"" + digest(body) + "\"";
        String mediaType = withCharset(type);
        return new Answer(body, mediaType, etag, List.copyOf(headers), routedTemplate());
    }

    /** An API record or list of them, not a stream or bytes a resource writes itself. */
    private static boolean isRecord(Object entity) {
        return !(entity instanceof byte[] || entity instanceof InputStream || entity instanceof StreamingOutput
                || entity instanceof RecordStream<?>);
    }

    private static String withCharset(MediaType type) {
        if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            return type.withCharset(StandardCharsets.UTF_8.name()).toString();
        }
        return type.toString();
    }

    /**
     * The tag of the gzipped bytes: a distinct strong tag, as RFC 9110 asks of another content coding, except for a
     * record's version, which names the record itself and must be accepted back in If-Match whatever coding carried
     * it.
     */
    private static String gzipTag(String etag) {
        if (!BYTES_TAG.matcher(etag).matches()) {
            return etag;
        }
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match; a gzip tag names the same content. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String gzipped = gzipTag(etag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals(gzipped));
    }

    /**
     * Whether Accept-Encoding admits gzip with a weight above zero: its own weight if it is named, else that of
     * {@code *}.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                named = weight;
            } else if (coding.equals("*")) {
                any = weight;
            }
        }
        Double weight = named != null ? named : any;
        return weight != null && weight > 0;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("Compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
