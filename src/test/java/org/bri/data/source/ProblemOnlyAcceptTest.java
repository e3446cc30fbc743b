package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.raw;
import static org.hamcrest.Matchers.is;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What generated clients send by default: openapi-generator's okhttp-gson client asks for a source's text with
 * {@code Accept: application/problem+json} alone, the only JSON type among the operation's responses.
 */
@QuarkusTest
class ProblemOnlyAcceptTest {

    private static final String ID = "xi-2021-third-bri-symposium";

    @ParameterizedTest
    @ValueSource(strings = {"application/problem+json", "application/problem+json;q=0.9",
            "application/problem+json, application/problem+xml"})
    void shouldServeTheTextToAClientThatAcceptsOnlyProblems(String accept) {
        byte[] body = api().accept(accept).get("/api/v1/sources/" + ID + "/text").then().statusCode(200)
                .contentType("text/plain;charset=UTF-8").extract().asByteArray();
        assertThat(body).isEqualTo(Seeds.bytes(ID));
    }

    @Test
    void shouldStillAnswerAnUnknownSourceWithAProblem() {
        api().accept("application/problem+json").get("/api/v1/sources/nope/text").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404)).body("title", is("Not Found"));
    }

    @Test
    void shouldServeJsonToAClientThatAcceptsOnlyProblems() {
        api().accept("application/problem+json").get("/api/v1/sources/" + ID).then().statusCode(200)
                .contentType("application/json").body("id", is(ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/html", "application/problem+json, application/xml"})
    void shouldStillRefuseATextRequestThatNamesAnotherType(String accept) {
        raw().accept(accept).get("/api/v1/sources/" + ID + "/text").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406));
    }
}
