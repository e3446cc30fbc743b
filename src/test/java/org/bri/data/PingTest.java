package org.bri.data;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PingTest {
    @Test
    void shouldAnswer() { given().get("/api/v1/ping").then().statusCode(200).body(is("ok")); }
}
