package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.raw;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;

/** HTTP behaviour shared by every endpoint: problems, CORS, caching, compression and odd requests. */
@QuarkusTest
class WebBehaviourTest {

    @Test
    void shouldAnswer404ProblemForAnUnknownPath() {
        raw().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("title", is("Not Found")).body("instance", is("/api/v1/nothing-here"));
    }

    @Test
    void shouldAnswer405ProblemForAWrite() {
        raw().contentType("application/json").body("{}").post("/api/v1/countries").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", containsString("GET"))
                .body("status", is(405));
        raw().delete("/api/v1/themes/finance").then().statusCode(405).body("status", is(405));
    }

    @Test
    void shouldAnswer406ProblemForAnUnavailableRepresentation() {
        raw().accept("application/xml").get("/api/v1/projects").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406));
        raw().accept("application/json").get("/api/v1/sources/xi-2021-third-bri-symposium/text").then()
                .statusCode(406).body("status", is(406));
    }

    @Test
    void shouldNeverRevealInternalsInAProblem() {
        String body = raw().queryParam("size", "9999999999999999999999").get("/api/v1/metrics").then()
                .statusCode(400).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("Exception").doesNotContain("org.bri");
    }

    @Test
    void shouldAllowCrossOriginReadsAndExposeThePagingHeaders() {
        api().header("Origin", "https://dashboard.example").get("/api/v1/projects").then().statusCode(200)
                .header("Access-Control-Allow-Origin", anyOf(is("*"), is("https://dashboard.example")))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
    }

    @Test
    void shouldListAPathsMethodsInAnOptionsAnswerAsA405Does() {
        // Outside CORS, OPTIONS says what the path takes: the same methods as the Allow of a 405 there.
        for (String path : List.of("/api/v1/metrics", "/api/v1/metrics/some-metric", "/api/v1/sources/some-source",
                "/api/v1/themes")) {
            String options = raw().options(path).then().statusCode(204).extract().header("Allow");
            String refused = raw().contentType("application/json").body("{}").put(path.replace("/some-", "/"))
                    .then().extract().header("Allow");
            String viaTrace = raw().request("TRACE", path).then().statusCode(405).extract().header("Allow");
            assertThat(options).as(path).isEqualTo(viaTrace).contains("GET", "OPTIONS");
            if (refused != null) {
                assertThat(options).isEqualTo(refused);
            }
        }
        assertThat(raw().options("/api/v1/metrics/some-metric").header("Allow")).doesNotContain("POST");
        assertThat(raw().options("/api/v1/metrics").header("Allow")).doesNotContain("DELETE");
    }

    @Test
    void shouldAnswerACorsPreflight() {
        raw().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/metrics").then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void shouldAnswer304WhileTheDataIsUnchanged() {
        String etag = api().get("/api/v1/themes/finance").then().statusCode(200)
                .header("Cache-Control", is("public, no-cache")).extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).matches("\"[0-9a-f]{32}(-gzip)?\"");
        api().header("If-None-Match", etag).get("/api/v1/themes/finance").then().statusCode(304)
                .header("ETag", is(etag));
        api().header("If-None-Match", etag).get("/api/v1/themes/trade").then().statusCode(200)
                .header("ETag", not(is(etag)));
    }

    @Test
    void shouldNeverHideAnErrorBehindA304() {
        raw().header("If-None-Match", "*").get("/api/v1/themes/astrology").then().statusCode(404);
        raw().header("If-None-Match", "*").queryParam("page", 0).get("/api/v1/themes").then().statusCode(400);
    }

    @Test
    void shouldVaryCachedResponsesByRepresentationAndOrigin() {
        api().get("/api/v1/themes").then().statusCode(200).header("Vary", containsString("Accept-Encoding"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void shouldAnswerAnEmptyPageForAPageFarBeyondTheLast() {
        int total = Seeds.all("statements").size();
        api().queryParam("page", 10_000).queryParam("size", 1).get("/api/v1/statements").then().statusCode(200)
                .body("items.size()", is(0)).body("page", is(10_000)).body("totalItems", is(total))
                .body("nextCursor", is(nullValue())).header("X-Total-Count", String.valueOf(total));
    }

    @Test
    void shouldRejectAPageDeeperThanPageNumbersReachAndPointToTheCursor() {
        // The largest page number there is: its offset would overflow an int, were it not refused first.
        api().queryParam("page", Integer.MAX_VALUE).get("/api/v1/statements").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(List.of("page")))
                .body("errors[0].detail", containsString("10000")).body("errors[0].detail", containsString("cursor"));
        api().queryParam("page", 101).queryParam("size", 100).get("/api/v1/metrics").then().statusCode(400)
                .body("errors.name", is(List.of("page")));
        api().queryParam("page", 100).queryParam("size", 100).get("/api/v1/metrics").then().statusCode(200);
    }

    @Test
    void shouldRejectControlCharactersInPathsAndParameters() {
        raw().urlEncodingEnabled(false).get("/api/v1/projects/a%00b").then().statusCode(404)
                .contentType("application/problem+json");
        raw().urlEncodingEnabled(false).get("/api/v1/projects?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(java.util.List.of("q")))
                .body("errors.in", is(java.util.List.of("query")));
    }

    @Test
    void shouldAnswer500WithAProblemThatRevealsNothingOfTheCode() {
        String body = raw().get("/test-only/failure").then().statusCode(500).contentType("application/problem+json")
                .body("status", is(500)).body("detail", containsString("Reference")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("secret").doesNotContain("org.bri")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void shouldAnswer415ProblemForAnUnsupportedBody() {
        raw().contentType("text/plain").body("hello").post("/test-only/json-body").then().statusCode(415)
                .contentType("application/problem+json").body("status", is(415));
    }

    @Test
    void shouldGzipLargeBodies() {
        raw().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").queryParam("size", 100).get("/api/v1/statements").then()
                .statusCode(200).header("Content-Encoding", "gzip");
    }
}
