package org.bri.data.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers, with the same problem documents as the resources, the requests that would otherwise
 * be refused below JAX-RS with an empty body: a request target or headers over the documented
 * limits, a body larger than the method takes, unencoded or badly percent-encoded characters, and
 * methods the contract does not declare for the path.
 */
@Singleton
class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    /** The longest request target (path and query) served, in bytes; the codec's own limit is higher. */
    static final int MAX_TARGET = 4096;
    /** The largest header section served, in bytes of names and values; the codec's own limit is higher. */
    static final int MAX_HEADERS = 16384;
    /** The largest request body accepted by a read, which reads none. */
    static final long MAX_BODY = 65536;
    /** The largest body of a write; quarkus.http.limits.max-body-size is the same, for bodies sent without a length. */
    static final long MAX_WRITE_BODY = 1024 * 1024;

    /** The methods of a path that reads, in the order the Allow header lists them; writes follow. */
    private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");
    static final String ALLOW = String.join(", ", READS);

    /** What a path template's variable segment becomes in its pattern. */
    private static final String VARIABLE = "[^/]+";

    /** RFC 3986 characters a request target may hold as they are; everything else must be percent-encoded. */
    private static final Pattern TARGET_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private final ObjectMapper json;
    /** Each path template of the contract, as a pattern, with the methods it declares. */
    private final Map<Pattern, List<String>> templates;
    /** The methods of the paths asked for lately; bounded, as clients choose the paths. */
    private final Cache<String, List<String>> allowed = Caffeine.newBuilder().maximumSize(10_000).build();

    /** Read at the first request, when the configuration is surely there. */
    private final Provider<ApiConfig> config;

    RequestGuard(ObjectMapper json, Provider<ApiConfig> config) {
        this.json = json;
        this.config = config;
        this.templates = templates();
    }

    /**
     * Failures of the router itself, before any endpoint runs (an HTTP/1.1 request without a valid
     * Host), which Quarkus would answer with a body of its own format.
     */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // A route of its own ahead of every filter (CORS and the header filters included), because a
        // filter that matches paths decodes the path first and fails on a malformed one.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 500;
        String instance = TARGET_CHARACTERS.matcher(context.request().path()).matches()
                ? context.request().path()
                : null;
        if (status == 500) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "Unexpected failure %s on %s", reference, instance);
            respond(context, 500, "The server failed to answer this request. Reference: " + reference + ".", instance,
                    null);
        } else {
            respond(context, status, status == 400
                    ? "The request is malformed (HTTP/1.1 requires a valid Host header)."
                    : ProblemMappers.detailFor(status), instance, null);
        }
    }

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        String target = request.uri();
        if (target.length() > MAX_TARGET) {
            respond(context, 414, "The request URI is longer than " + MAX_TARGET + " bytes.", null, null);
            return;
        }
        if (headerBytes(request) > MAX_HEADERS) {
            respond(context, 431, "The request's headers are larger than " + MAX_HEADERS + " bytes.",
                    request.path(), null);
            return;
        }
        List<String> allowed = allowed(request.path() == null ? "" : request.path());
        boolean write = WRITES.contains(request.method().name()) && allowed.contains(request.method().name());
        if (bodyTooLarge(request, write ? MAX_WRITE_BODY : MAX_BODY)) {
            respond(context, 413, write
                    ? "The request body is larger than " + MAX_WRITE_BODY + " bytes."
                    : "The request body is larger than " + MAX_BODY + " bytes; a read takes none.", request.path(),
                    null);
            return;
        }
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        if (!TARGET_CHARACTERS.matcher(rawPath).matches() || decode(rawPath) == null) {
            respond(context, 400, "The request path holds characters that are not allowed or not validly "
                    + "percent-encoded (RFC 3986).", null, null);
            return;
        }
        // The path alone, also of a target in absolute form (http://host/path); none for "*".
        String path = request.path() == null ? "" : request.path();
        if (query >= 0) {
            List<ParameterError> errors = queryErrors(target.substring(query + 1));
            if (!errors.isEmpty()) {
                respond(context, 400, ProblemMappers.parametersDetail(errors), path, errors);
                return;
            }
        }
        if (path.startsWith("/api/") && !allowed.contains(request.method().name())) {
            if (allowed.isEmpty()) {
                respond(context, 404, ProblemMappers.detailFor(404), path, null);
            } else {
                context.response().putHeader("Allow", String.join(", ", allowed));
                respond(context, 405, ProblemMappers.detailFor(405), path, null);
            }
            return;
        }
        if (path.startsWith("/api/") && browserWrite(request) && !mayWrite(request.getHeader("Origin"), request)) {
            respond(context, 403, "Writes from a browser are accepted only from the origins the service is "
                    + "configured with; this page's origin is not one of them.", path, null);
            return;
        }
        if (path.startsWith("/api/") && request.method().name().equals("OPTIONS")
                && request.getHeader("Access-Control-Request-Method") == null) {
            // Not a preflight (CORS answers those): the methods of this path, as the contract and a 405 give them.
            var response = context.response().setStatusCode(204).putHeader("Allow", String.join(", ", allowed));
            if (request.getHeader("Origin") != null) {
                response.putHeader("Access-Control-Allow-Origin", "*");
            }
            response.end();
            return;
        }
        context.next();
    }

    /** A write, or the preflight of one, sent by a browser page (which names its Origin). */
    private static boolean browserWrite(HttpServerRequest request) {
        String method = request.method().name();
        String preflight = request.getHeader("Access-Control-Request-Method");
        return request.getHeader("Origin") != null && (WRITES.contains(method)
                || method.equals("OPTIONS") && preflight != null && WRITES.contains(preflight.trim()));
    }

    /** Whether a page of this origin may write: one of the configured origins, or the service's own. */
    private boolean mayWrite(String origin, HttpServerRequest request) {
        String host = request.getHeader("Host");
        boolean own = host != null && origin.replaceFirst("^https?://", "").equalsIgnoreCase(host);
        return own || config.get().cors().writeOrigins().orElse(List.of()).contains(origin);
    }

    /** Each query parameter whose name or value holds raw or badly encoded characters. */
    private static List<ParameterError> queryErrors(String query) {
        List<ParameterError> errors = new ArrayList<>();
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            boolean valid = TARGET_CHARACTERS.matcher(pair).matches() && name != null
                    && (equals < 0 || decode(pair.substring(equals + 1)) != null);
            if (!valid) {
                String shown = name == null || !TARGET_CHARACTERS.matcher(rawName).matches() ? "query" : name;
                ParameterError error = ParameterError.query(shown, "holds characters that are not allowed or not "
                        + "validly percent-encoded (RFC 3986); percent-encode the value as UTF-8");
                if (!errors.contains(error)) {
                    errors.add(error);
                }
            }
        }
        return errors;
    }

    /** Strict form decoding: the text, or null when a '%' is not followed by two hex digits or the bytes are not UTF-8. */
    static String decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.put((byte) (c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        return StreamSupport.stream(request.headers().spliterator(), false)
                .mapToLong(h -> h.getKey().length() + h.getValue().length() + 4L).sum();
    }

    /** The methods the contract declares for a path (with HEAD and OPTIONS where it reads), or none for no path. */
    private List<String> allowed(String path) {
        // Every request asks, mostly for the same paths: matching each template's pattern every time cost a few
        // percent of a cached read's CPU.
        return allowed.get(path, p -> templates.entrySet().stream().filter(t -> t.getKey().matcher(p).matches())
                .findFirst().map(Map.Entry::getValue).orElse(List.of()));
    }

    private static boolean bodyTooLarge(HttpServerRequest request, long max) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            // The codec refuses a malformed length itself; one too long for a long is too large.
            return length.trim().chars().allMatch(Character::isDigit);
        }
    }

    private void respond(RoutingContext context, int status, String detail, String instance,
            List<ParameterError> errors) {
        Problem problem = ProblemMappers.problemOf(status, detail, instance, errors);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (context.request().getHeader("Origin") != null) {
            // Browsers may read every answer of this public API, errors included.
            response.putHeader("Access-Control-Allow-Origin", "*");
        }
        boolean unreadBody = context.request().getHeader("Content-Length") != null
                || context.request().getHeader("Transfer-Encoding") != null;
        if (unreadBody && context.request().version() != HttpVersion.HTTP_2) {
            // The body is left unread, so the connection cannot carry another request.
            response.putHeader("Connection", "close");
            response.end(body).onComplete(done -> context.request().connection().close());
        } else {
            response.end(body);
        }
    }

    /** The number of template segments ({id}) of a path's pattern. */
    private static int variables(Pattern template) {
        String pattern = template.pattern();
        return (pattern.length() - pattern.replace(VARIABLE, "").length()) / VARIABLE.length();
    }

    /** The path templates of the contract, as patterns, each with the methods declared under it. */
    private static Map<Pattern, List<String>> templates() {
        try (InputStream contract = RequestGuard.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (contract == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is missing from the application");
            }
            // The keys of "paths" stand on lines of their own at the second level of the document, their
            // operations at the third.
            Pattern key = Pattern.compile("^ {2}(/\\S*):\\s*$");
            Pattern operation = Pattern.compile("^ {4}(get|put|post|patch|delete):\\s*$");
            Map<Pattern, List<String>> templates = new LinkedHashMap<>();
            List<String> methods = null;
            for (String line : new String(contract.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                Matcher path = key.matcher(line);
                Matcher method = operation.matcher(line);
                if (path.matches()) {
                    methods = new ArrayList<>();
                    templates.put(Pattern.compile(Pattern.quote(path.group(1)).replaceAll("\\{[^}/]+}",
                            Matcher.quoteReplacement("\\E" + VARIABLE + "\\Q"))), methods);
                } else if (method.matches() && methods != null) {
                    String name = method.group(1).toUpperCase(Locale.ROOT);
                    methods.addAll(name.equals("GET") ? READS : List.of(name));
                } else if (!line.startsWith(" ") && !line.isEmpty()) {
                    methods = null;
                }
            }
            if (templates.isEmpty()) {
                throw new IllegalStateException("META-INF/openapi.yaml declares no paths");
            }
            // A literal segment wins over a template one, as in JAX-RS: /metrics/aggregate is not the metric {id}.
            Map<Pattern, List<String>> literalFirst = new LinkedHashMap<>();
            templates.entrySet().stream().sorted(Comparator.comparingInt(t -> variables(t.getKey())))
                    .forEach(t -> literalFirst.put(t.getKey(), t.getValue()));
            return literalFirst;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
