package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The limits on the size of query parameters: at most 50 values per filter and 200 characters of q. */
@QuarkusTest
class ParameterLimitsTest {

    private static final int MAX_VALUES = 50;
    private static final int MAX_Q = 200;

    /** A word that many projects, metrics and statements contain. */
    private static final String WORD = "belt";

    @ParameterizedTest
    @CsvSource({"/api/v1/projects, comma", "/api/v1/projects, repeated", "/api/v1/metrics, comma",
            "/api/v1/statements, repeated"})
    void shouldRejectMoreThanFiftyFilterValuesNamingTheFilter(String path, String form) {
        // Every code is a real ISO code, so that only their number can be the reason for the 400.
        List<String> codes = countryCodes(MAX_VALUES + 1);
        RequestSpecification request = invalid();
        if (form.equals("comma")) {
            request.queryParam("country", String.join(",", codes));
        } else {
            request.queryParam("country", codes);
        }
        request.get(path).then().statusCode(400).contentType("application/problem+json").body("status", is(400))
                .body("errors.name", hasItem("country")).body("errors.name", everyItem(is("country")))
                .body("errors.in", everyItem(is("query")));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/projects, projects, comma", "/api/v1/projects, projects, repeated",
            "/api/v1/metrics, metrics, comma", "/api/v1/statements, statements, repeated"})
    void shouldAcceptFiftyFilterValues(String path, String file, String form) {
        List<String> codes = countryCodes(MAX_VALUES);
        List<String> expected = Seeds.ids(file, r -> Seeds.countryCodes(r).stream().anyMatch(codes::contains));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(Lists.allIds(path, 100, "country",
                form.equals("comma") ? String.join(",", codes) : codes))).isEqualTo(new HashSet<>(expected));
    }

    @Test
    void shouldCountRepeatedAndCommaSeparatedValuesTogether() {
        // 26 values in one parameter and 25 in a repetition are 51 values of one filter.
        List<String> codes = countryCodes(MAX_VALUES + 1);
        invalid().queryParam("country", String.join(",", codes.subList(0, 26)))
                .queryParam("country", String.join(",", codes.subList(26, codes.size()))).get("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", hasItem("country"));
    }

    @Test
    void shouldCountAValueGivenTwiceOnce() {
        // 50 distinct codes, one of them repeated, are 50 values: no more than the limit.
        List<String> codes = new ArrayList<>(countryCodes(MAX_VALUES));
        codes.add(codes.get(0));
        List<String> expected = Seeds.ids("projects", r -> Seeds.countryCodes(r).stream().anyMatch(codes::contains));
        assertThat(new HashSet<>(Lists.allIds("/api/v1/projects", 100, "country", String.join(",", codes))))
                .isEqualTo(new HashSet<>(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements"})
    void shouldRejectAQueryLongerThan200CharactersNamingQ(String path) {
        invalid().queryParam("q", query(MAX_Q + 1)).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400)).body("errors.name", is(List.of("q")))
                .body("errors.in", is(List.of("query")));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/projects, projects", "/api/v1/metrics, metrics", "/api/v1/statements, statements"})
    void shouldSearchWithAQueryOf200Characters(String path, String file) {
        // The long query searches for the same words as the short one; padding is not a word.
        List<String> longQuery = Lists.allIds(path, 100, "q", query(MAX_Q));
        List<String> shortQuery = Lists.allIds(path, 100, "q", WORD + " " + WORD);
        assertThat(shortQuery).as("the seeds hold %s about %s", file, WORD).isNotEmpty();
        assertThat(new HashSet<>(longQuery)).isEqualTo(new HashSet<>(shortQuery));
    }

    /** A search for one word, padded with spaces inside to exactly this many characters. */
    private static String query(int length) {
        String q = WORD + " ".repeat(length - 2 * WORD.length()) + WORD;
        assertThat(q).hasSize(length);
        return q;
    }

    /**
     * Distinct ISO 3166-1 alpha-2 codes: first those the seeds use, so that the filter matches
     * records, then others the JDK knows, in order.
     */
    private static List<String> countryCodes(int n) {
        Set<String> codes = new LinkedHashSet<>();
        Seeds.all("countries").forEach(c -> codes.add(c.path("code").asText()));
        Arrays.stream(Locale.getISOCountries()).sorted().forEach(codes::add);
        assertThat(codes).hasSizeGreaterThanOrEqualTo(n);
        return codes.stream().limit(n).toList();
    }

    /** A filter of nothing but separators is a typo, never a request for the unfiltered list. */
    @ParameterizedTest
    @CsvSource({"/api/v1/projects, country", "/api/v1/projects, type", "/api/v1/metrics, source",
            "/api/v1/countries, region", "/api/v1/statements, speaker"})
    void shouldRejectAFilterOfOnlyCommas(String path, String filter) {
        invalid().queryParam(filter, ",").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", is(List.of(filter)));
    }

    @Test
    void shouldAcceptVocabularyValuesWithSpacesAroundThem() {
        List<String> expected = org.bri.data.Seeds.ids("projects",
                p -> List.of("railway", "port").contains(p.path("type").asText()));
        assertThat(org.bri.data.Lists.allIds("/api/v1/projects", 100, "type", "railway, port"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
