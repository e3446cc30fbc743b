package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.bri.data.FacetCounts;
import org.bri.data.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** {@code year=YYYY} on every list that takes from and to: the same records as from=YYYY&to=YYYY. */
@QuarkusTest
class YearFilterTest {

    private static final String LAOS = "/api/v1/projects/china-laos-railway";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/metrics", "/api/v1/statements", LAOS + "/metrics", LAOS + "/statements"})
    void shouldFindForAYearWhatFromAndToThatYearFind(String path) {
        // Every year the list's records fall in, as its year facet counts them.
        List<Map<String, Object>> years = FacetCounts.served(path, "year", Map.of());
        assertThat(years).isNotEmpty();
        for (Map<String, Object> year : years) {
            String y = (String) year.get("value");
            List<String> byYear = Lists.allIds(path, 100, "year", y);
            assertThat(byYear).as("%s year=%s", path, y).isEqualTo(Lists.allIds(path, 100, "from", y, "to", y))
                    .hasSize(((Number) year.get("count")).intValue());
        }
    }

    @Test
    void shouldAggregateAYearAsFromAndToThatYear() {
        String byYear = api().queryParam("year", "2023").queryParam("groupBy", "source")
                .get("/api/v1/metrics/aggregate").then().statusCode(200).extract().asString();
        String byRange = api().queryParam("from", "2023").queryParam("to", "2023").queryParam("groupBy", "source")
                .get("/api/v1/metrics/aggregate").then().statusCode(200).extract().asString();
        assertThat(byYear).isEqualTo(byRange).contains("metricIds");
    }

    @Test
    void shouldCountTheYearFacetIgnoringTheYearFilter() {
        // The sidebar semantics: the year facet still offers the other years while one is chosen.
        String path = "/api/v1/statements";
        assertThat(FacetCounts.served(path, "year", Map.of("year", "2023")))
                .isEqualTo(FacetCounts.served(path, "year", Map.of()));
    }

    @ParameterizedTest
    @CsvSource({"from, 2020", "to, 2024-06"})
    void shouldRejectAYearWithFromOrToNamingThem(String other, String value) {
        for (String path : List.of("/api/v1/metrics", "/api/v1/statements", "/api/v1/metrics/aggregate",
                LAOS + "/statements")) {
            invalid().queryParam("year", "2023").queryParam(other, value).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.name", contains(other, "year"))
                    .body("errors[1].detail", startsWith("cannot be combined with 'from' or 'to'"));
        }
    }

    @Test
    void shouldRejectAYearWithBothFromAndToNamingAllThree() {
        invalid().queryParam("year", "2023").queryParam("from", "2020").queryParam("to", "2024")
                .get("/api/v1/metrics").then().statusCode(400).body("errors.name", contains("from", "to", "year"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23", "20233", "2023-06", "two", "-2023", "２０２３"})
    void shouldTakeOnlyAFourDigitYear(String year) {
        invalid().queryParam("year", year).get("/api/v1/statements").then().statusCode(400)
                .body("errors.name", contains("year"))
                .body("errors[0].detail", startsWith("must be a year written with four digits"));
    }
}
