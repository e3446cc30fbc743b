package org.bri.data;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service with the JVM settings it depends on, whatever command line launches it. */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        // Quarkus refuses a request target that java.net.URI cannot parse (q=%ZZ, a raw '|') with
        // an empty 400 before any application code runs. RequestGuard checks every request target
        // more strictly (RFC 3986 characters, strict UTF-8 percent-encoding) and answers with a
        // problem that names the parameter, so Quarkus' own check is switched off. The property is
        // read once, when Quarkus' HTTP layer loads, hence here, before the application starts.
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
