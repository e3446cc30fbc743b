package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.is;

import java.util.stream.Stream;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Conditional GETs: If-None-Match with the received ETag or * gives 304 for what exists, never for an error. */
@QuarkusTest
class ConditionalGetTest {

    /** One existing representation of every kind the API serves: single records, a source's text, lists. */
    static Stream<String> existing() {
        String project = Seeds.all("projects").get(0).path("id").asText();
        String source = Seeds.all("sources").get(0).path("id").asText();
        return Stream.of("/api/v1/projects/" + project, "/api/v1/projects/" + project + "/metrics",
                "/api/v1/metrics/" + Seeds.all("metrics").get(0).path("id").asText(),
                "/api/v1/statements/" + Seeds.all("statements").get(0).path("id").asText(),
                "/api/v1/sources/" + source, "/api/v1/sources/" + source + "/text",
                "/api/v1/speakers/" + Seeds.all("speakers").get(0).path("id").asText(),
                "/api/v1/countries/" + Seeds.all("countries").get(0).path("code").asText(),
                "/api/v1/themes/" + Seeds.all("themes").get(0).path("id").asText(), "/api/v1/projects?size=5",
                "/api/v1/statements?speaker=xi-jinping");
    }

    @ParameterizedTest
    @MethodSource("existing")
    void shouldAnswer304ToIfNoneMatchStarForWhatExists(String path) {
        String etag = get(path, null).then().statusCode(200).extract().header("ETag");
        Response notModified = get(path, "*");
        assertNotModified(notModified, etag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects/no-such-project", "/api/v1/projects/no-such-project/statements",
            "/api/v1/metrics/no-such-metric", "/api/v1/statements/no-such-statement", "/api/v1/sources/no-such-source",
            "/api/v1/sources/no-such-source/text", "/api/v1/speakers/nobody", "/api/v1/countries/ZZ",
            "/api/v1/themes/astrology"})
    void shouldAnswer404ToIfNoneMatchStarForAnUnknownId(String path) {
        // "*" means "any current representation"; an unknown id has none, so the 404 must come through.
        get(path, "*").then().statusCode(404).contentType("application/problem+json").body("status", is(404));
    }

    @ParameterizedTest
    @MethodSource("existing")
    void shouldAnswer304WhenTheReceivedETagIsSentBack(String path) {
        String etag = get(path, null).then().statusCode(200).extract().header("ETag");
        // Strong: a record that carries its own version (a project, a metric, a statement, a speaker) is tagged with it,
        // the rest by bytes.
        assertThat(etag).as("ETag of %s", path).isNotNull().matches("\"[^\"]+\"");
        assertNotModified(get(path, etag), etag);
    }

    @ParameterizedTest
    @MethodSource("existing")
    void shouldAnswer200WithTheWholeBodyForADifferentTag(String path) {
        Response fresh = get(path, null).then().statusCode(200).extract().response();
        String etag = fresh.header("ETag");
        String other = etag.substring(0, etag.length() - 2) + (etag.charAt(etag.length() - 2) == '0' ? '1' : '0')
                + "\"";
        Response answer = get(path, other).then().statusCode(200).extract().response();
        assertThat(answer.header("ETag")).isEqualTo(etag);
        assertThat(answer.asString()).isNotEmpty().isEqualTo(fresh.asString());
    }

    @Test
    void shouldAnswer304WhenAnyTagOfAListMatches() {
        String path = "/api/v1/themes";
        String etag = get(path, null).then().statusCode(200).extract().header("ETag");
        assertNotModified(get(path, "W/\"0123456789abcdef\", " + etag + ", \"fedcba9876543210\""), etag);
        get(path, "W/\"0123456789abcdef\", \"fedcba9876543210\"").then().statusCode(200);
    }

    @Test
    void shouldCompareTagsWeaklyAsRfc9110Requires() {
        // A proxy may weaken the tag it passes on; If-None-Match uses the weak comparison.
        String path = "/api/v1/countries";
        String etag = get(path, null).then().statusCode(200).extract().header("ETag");
        assertNotModified(get(path, "W/" + etag), etag);
    }

    @Test
    void shouldGiveEachPageItsOwnTag() {
        // A tag that matched page 1 must not turn page 2 into a 304, or a client would reuse page 1's items.
        String first = get("/api/v1/projects?size=5&page=1", null).then().statusCode(200).extract().header("ETag");
        Response second = get("/api/v1/projects?size=5&page=2", first).then().statusCode(200).extract().response();
        assertThat(second.header("ETag")).isNotEqualTo(first);
        assertThat(second.jsonPath().getInt("page")).isEqualTo(2);
    }

    private static Response get(String path, String ifNoneMatch) {
        var request = api().urlEncodingEnabled(false);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(path);
    }

    private static void assertNotModified(Response response, String etag) {
        response.then().statusCode(304);
        assertThat(response.header("ETag")).isEqualTo(etag);
        assertThat(response.header("Content-Type")).isNull();
        assertThat(response.asByteArray()).isEmpty();
    }
}
