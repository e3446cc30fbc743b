package org.bri.data.common;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Keeps the HTTP server metrics to a fixed set of series whatever clients send: a uri tag is one of
 * the API's path templates or a fixed word, and a method tag a standard method or OTHER.
 */
@Singleton
class MetricTags implements MeterFilter {

    /** The uri of a request that matched no endpoint and was not a plain 404. */
    static final String UNKNOWN_URI = "UNKNOWN";
    static final String OTHER_METHOD = "OTHER";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE",
            "TRACE", "CONNECT");
    // The values Quarkus itself gives requests that matched no template.
    private static final Set<String> FIXED_URIS = Set.of(UNKNOWN_URI, "NOT_FOUND", "REDIRECTION", "root");

    private final Set<String> templates;

    @jakarta.inject.Inject
    MetricTags(BeanManager beans) {
        this(templates(beans));
    }

    MetricTags(Set<String> templates) {
        this.templates = templates;
    }

    /** The path templates of every JAX-RS resource method, as Quarkus writes them in the uri tag. */
    static Set<String> templates(BeanManager beans) {
        Set<String> templates = new TreeSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (isResourceMethod(method)) {
                    Path path = method.getAnnotation(Path.class);
                    templates.add(normalize(root.value() + "/" + (path == null ? "" : path.value())));
                }
            }
        }
        return templates;
    }

    Set<String> templates() {
        return templates;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith("http.server")) {
            return id;
        }
        String method = id.getTag("method");
        String uri = id.getTag("uri");
        Meter.Id mapped = id;
        if (method != null && !METHODS.contains(method)) {
            mapped = mapped.replaceTags(replace(mapped, Tag.of("method", OTHER_METHOD)));
        }
        if (uri != null && !templates.contains(uri) && !FIXED_URIS.contains(uri)) {
            mapped = mapped.replaceTags(replace(mapped, Tag.of("uri", UNKNOWN_URI)));
        }
        return mapped;
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        // Registered twice by Quarkus' Netty binder, which logs a warning at every start
        // (quarkus#52014); the number of event loops it reports is fixed by configuration anyway.
        return id.getName().equals("netty.eventexecutor.workers") ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    private static Tags replace(Meter.Id id, Tag tag) {
        // Tags.and replaces the tag with the same key.
        return Tags.of(id.getTagsAsIterable()).and(tag);
    }

    private static boolean isResourceMethod(AnnotatedElement method) {
        for (var annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String path) {
        String single = ("/" + path).replaceAll("/+", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
