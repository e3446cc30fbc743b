package org.bri.data.common;

import static org.bri.data.Api.invalid;
import static org.bri.data.Api.raw;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every endpoint of the contract refuses the writes it does not declare alike, and the single-record ones every
 * query parameter.
 */
@QuarkusTest
class ReadOnlyEndpointsTest {

    private static final List<String> WRITES = List.of("POST", "PUT", "DELETE", "PATCH");

    static Stream<Arguments> writes() {
        return Endpoints.templates().stream().flatMap(template -> WRITES.stream()
                .filter(method -> !Endpoints.writes(template).contains(method))
                .flatMap(method -> Stream.of(Arguments.of(method, template, false), Arguments.of(method, template,
                        true))));
    }

    @ParameterizedTest(name = "{0} {1}, cross-origin: {2}")
    @MethodSource("writes")
    void shouldAnswer405WithAllowForEveryUndeclaredWrite(String method, String template, boolean crossOrigin) {
        String path = Endpoints.concrete(template);
        String allow = String.join(", ", Stream.concat(Stream.of("GET", "HEAD", "OPTIONS"),
                Endpoints.writes(template).stream()).toList());
        var request = raw().contentType("application/json").body("{}");
        if (crossOrigin) {
            // The CORS filter used to refuse this method with an empty 403 before the 405 was reached.
            request.header("Origin", "https://dashboard.example");
        }
        request.request(method, path).then().statusCode(405).contentType("application/problem+json")
                .header("Allow", allow).body("type", is("about:blank"))
                .body("title", is("Method Not Allowed")).body("status", is(405))
                .body("detail", is(ProblemMappers.detailFor(405))).body("instance", is(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void shouldAnswer404ForAWriteToAPathThatDoesNotExist(String method) {
        raw().header("Origin", "https://dashboard.example").request(method, "/api/v1/projects/x/y/z").then()
                .statusCode(404).contentType("application/problem+json").header("Allow", nullValue())
                .body("status", is(404));
    }

    static Stream<String> singleRecordPaths() {
        return Endpoints.singleRecordTemplates().stream().map(Endpoints::concrete);
    }

    @ParameterizedTest
    @MethodSource("singleRecordPaths")
    void shouldRejectAnyQueryParameterOfASingleRecord(String path) {
        invalid().queryParam("foo", "1").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("title", is("Bad Request")).body("detail", is("The request has an invalid parameter: foo."))
                .body("instance", is(path)).body("errors.name", is(List.of("foo")))
                .body("errors.in", is(List.of("query")))
                .body("errors[0].detail", startsWith(ListParams.NOT_A_PARAMETER));
    }

    @ParameterizedTest
    @MethodSource("singleRecordPaths")
    void shouldNameEveryParameterOfASingleRecordEvenWithoutAValue(String path) {
        // A list parameter such as size is not one of a single record either.
        invalid().urlEncodingEnabled(false).get(path + "?x&size=5").then().statusCode(400)
                .contentType("application/problem+json").body("detail", is("The request has 2 invalid parameters."))
                .body("errors.name", is(List.of("size", "x")));
    }

    @ParameterizedTest
    @MethodSource("singleRecordPaths")
    void shouldStillServeASingleRecordWithoutParameters(String path) {
        invalid().get(path).then().statusCode(200);
    }
}
