package org.bri.data.common;

import static io.restassured.RestAssured.given;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Operations endpoints: liveness, readiness with the database and the data, and Prometheus metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void shouldBeLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void shouldBeReadyWithTheDatabaseAndTheDataLoaded() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("seed-data", "Database connections health check"));
    }

    @Test
    void shouldExposePerEndpointTimingsToPrometheus() {
        api().get("/api/v1/projects/china-laos-railway").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/projects/{id}\""));
    }
}
