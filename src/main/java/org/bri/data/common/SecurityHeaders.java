package org.bri.data.common;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response of the public port, errors included, whoever writes them: set when the headers
 * are sent, from the first route, so that answers given before any filter (RequestGuard's) carry them too.
 */
@Singleton
class SecurityHeaders {

    /** The API and the contract load nothing and may not be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Swagger UI loads its own scripts and styles and runs two inline scripts, allowed by their hashes (a test
     * recomputes them from the served page); it needs inline styles and data: images.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' "
            + "'sha256-AqcUGwpK0Ur3MgdTyzQ0KaqB4sm+CMf8dTOwCyi4HSw=' 'sha256-WjyOPbBMxdpXyNZ0f5MzSjLy8PUYr+hIHh7a7BVtYFw='; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    /**
     * The explorer page loads its own modules, styles and icon and reads this API, nothing else: no inline script or
     * style, no other origin, no form sent anywhere.
     */
    static final String EXPLORER_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::add);
    }

    private void add(RoutingContext context) {
        String path = context.request().path();
        String policy = policy(path);
        context.addHeadersEndHandler(done -> context.response().headers().set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer").set("Content-Security-Policy", policy));
        context.next();
    }

    /** The page at the root and its files under /explorer/ get the explorer's policy; the API and errors the strictest. */
    static String policy(String path) {
        if (path == null) {
            return API_POLICY;
        }
        if (path.startsWith("/q/swagger-ui")) {
            return SWAGGER_UI_POLICY;
        }
        if (path.equals("/") || path.equals("/index.html") || path.startsWith("/explorer/")) {
            return EXPLORER_POLICY;
        }
        return API_POLICY;
    }
}
