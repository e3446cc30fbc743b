package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.raw;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** A lost database is a 503 with Retry-After that clients may retry, never a 500, and reveals nothing. */
@QuarkusTest
class DatabaseUnavailableTest {

    @ParameterizedTest
    @ValueSource(strings = {"connection-failure", "transient-connection", "connection-refused", "connection-closed",
            "pool-timeout", "wrapped-connection-failure", "validator-failure", "admin-shutdown", "crash-shutdown",
            "cannot-connect-now"})
    void shouldAnswer503WithRetryAfterWhenTheDatabaseIsLost(String failure) {
        String path = "/test-only/lost-database/" + failure;
        String body = raw().get(path).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*")).body("status", is(503))
                .body("title", is("Service Unavailable")).body("instance", is(path)).body("errors", nullValue())
                .extract().asString();
        assertRevealsNothing(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-sql", "constraint"})
    void shouldAnswer500WithoutRetryAfterForOtherDatabaseErrors(String failure) {
        // Retrying a broken query cannot help, so the client must not be told to.
        String body = raw().get("/test-only/lost-database/" + failure).then().statusCode(500)
                .contentType("application/problem+json").header("Retry-After", nullValue()).body("status", is(500))
                .extract().asString();
        assertRevealsNothing(body);
    }

    private static void assertRevealsNothing(String body) {
        assertThat(body).doesNotContain(LostDatabaseResource.SECRET).doesNotContain("secret-db")
                .doesNotContain("select").doesNotContain("Exception").doesNotContain("SQL").doesNotContain("08006")
                .doesNotContain("08001").doesNotContain("57P0").doesNotContain("org.").doesNotContain("java.")
                .doesNotContain("hibernate");
    }
}
