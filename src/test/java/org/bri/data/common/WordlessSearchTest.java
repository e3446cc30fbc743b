package org.bri.data.common;

import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** A q without a letter or digit has no word to search for: a 400 naming q, not every record. */
@QuarkusTest
class WordlessSearchTest {

    private static final List<String> SEARCHABLE = List.of("/api/v1/projects", "/api/v1/metrics", "/api/v1/statements",
            "/api/v1/projects/china-laos-railway/metrics", "/api/v1/projects/china-laos-railway/statements");

    static Stream<Arguments> wordless() {
        return SEARCHABLE.stream()
                .flatMap(path -> Stream.of("%", "!!!", "\uD83D\uDE00", " \u2014 ", "#&*", "\u0301")
                        .map(q -> Arguments.of(path, q)));
    }

    @ParameterizedTest(name = "{0}?q={1}")
    @MethodSource("wordless")
    void shouldRejectAQueryWithoutALetterOrDigit(String path, String q) {
        invalid().queryParam("q", q).get(path).then().statusCode(400).contentType("application/problem+json")
                .body("detail", is("The request has an invalid parameter: q.")).body("errors.name", is(List.of("q")))
                .body("errors.detail", is(List.of("must contain a letter or digit")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rail", "2023", "\u4e00", "!rail!", "\u00e9t\u00e9"})
    void shouldAcceptAQueryWithALetterOrDigit(String q) {
        api().queryParam("q", q).get("/api/v1/projects").then().statusCode(200);
    }
}
