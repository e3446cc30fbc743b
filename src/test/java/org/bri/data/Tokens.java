package org.bri.data;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Real signed bearer tokens for tests: trusted ones, and forged, expired and foreign ones the service must refuse. */
public final class Tokens {

    /** The issuer the test profile trusts (application.properties, %test). */
    public static final String ISSUER = "bri-data-service-test";

    private Tokens() {
    }

    /** A valid token for a subject with these roles. */
    public static String of(String subject, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(300)
                .sign(key("jwt/private.pem"));
    }

    /** Well formed and unexpired, but signed by a key the service does not trust. */
    public static String forged(String subject, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(300)
                .sign(key("jwt/forger.pem"));
    }

    /** Signed by the trusted key, but expired an hour ago. */
    public static String expired(String subject, String... roles) {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).issuedAt(hourAgo.minusSeconds(60))
                .expiresAt(hourAgo).sign(key("jwt/private.pem"));
    }

    /** Signed by the trusted key, but from another issuer. */
    public static String foreign(String subject, String... roles) {
        return Jwt.issuer("https://elsewhere.example").subject(subject).upn(subject).groups(Set.of(roles))
                .expiresIn(300).sign(key("jwt/private.pem"));
    }

    private static PrivateKey key(String resource) {
        try {
            return KeyUtils.readPrivateKey(resource);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the test key " + resource, e);
        }
    }
}
