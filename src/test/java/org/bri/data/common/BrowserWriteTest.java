package org.bri.data.common;

import static org.bri.data.Api.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Any page may read, but only the configured origins (https://curation.example in tests) and the service's own may write. */
@QuarkusTest
class BrowserWriteTest {

    private static final String TRUSTED = "https://curation.example";
    private static final String STRANGER = "https://dashboard.example";

    @Test
    void shouldLetATrustedOriginPreflightAWrite() {
        raw().header("Origin", TRUSTED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").options("/api/v1/sources")
                .then().statusCode(200).header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void shouldRefuseAnotherOriginsPreflightOfAWrite() {
        raw().header("Origin", STRANGER).header("Access-Control-Request-Method", "POST").options("/api/v1/sources")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void shouldRefuseAWriteFromAnotherOriginBeforeAuthentication() {
        raw().header("Origin", STRANGER).contentType("application/json").body("{}").post("/api/v1/sources").then()
                .statusCode(403).contentType("application/problem+json").body("status", is(403));
    }

    @Test
    void shouldPassAWriteFromATrustedOriginOnToAuthentication() {
        raw().header("Origin", TRUSTED).contentType("application/json").body("{}").post("/api/v1/sources").then()
                .statusCode(401);
    }

    @Test
    void shouldPassAWriteFromTheServicesOwnPagesOnToAuthentication() {
        // The origin of a page served by this service is its own scheme, host and port.
        raw().header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .contentType("application/json").body("{}").post("/api/v1/sources").then().statusCode(401);
    }

    @Test
    void shouldLetAnyOriginRead() {
        raw().header("Origin", STRANGER).get("/api/v1/themes").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(STRANGER));
    }
}
