package org.bri.data.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.invalid;
import static org.bri.data.FacetCounts.counts;
import static org.bri.data.FacetCounts.each;
import static org.bri.data.FacetCounts.field;
import static org.bri.data.FacetCounts.labels;
import static org.bri.data.FacetCounts.nested;
import static org.bri.data.FacetCounts.records;
import static org.bri.data.FacetCounts.served;
import static org.bri.data.FacetCounts.strings;
import static org.bri.data.FacetCounts.without;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bri.data.FacetCounts;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Facet counts on the metric lists, checked against counts taken here from every figure the list serves. */
@QuarkusTest
class MetricFacetsTest {

    private static final String PATH = "/api/v1/metrics";

    /** Each facet's values of a figure as served, counted here. */
    private static final Map<String, Function<Map<String, Object>, Collection<String>>> VALUES = Map.of(
            "project", m -> nested(m, "project", "id"),
            "country", m -> each(m, "countries", "code"),
            "unit", m -> field(m, "unit"),
            "indicator", m -> field(m, "indicator"),
            "kind", m -> field(m, "kind"),
            "theme", m -> strings(m, "themes"),
            "source", m -> each(m, "evidence", "sourceId"),
            "year", MetricFacetsTest::years);

    /** A figure's time: its period, or its as-of date; the years from its first to its last. */
    private static List<String> years(Map<String, Object> metric) {
        Object asOf = metric.get("asOf");
        String first = nested(metric, "period", "from").stream().findFirst()
                .orElse(nested(metric, "period", "to").stream().findFirst().orElse((String) asOf));
        String last = nested(metric, "period", "to").stream().findFirst()
                .orElse(nested(metric, "period", "from").stream().findFirst().orElse((String) asOf));
        return FacetCounts.years(first, last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"project", "country", "unit", "indicator", "kind", "theme", "source", "year"})
    void shouldCountEveryFacetUnderTheOtherFilters(String facet) {
        Map<String, Object> query = Map.of("kind", "observed", "theme", "connectivity");
        Map<String, Long> expected = FacetCounts.count(records(PATH, without(query, facet)), VALUES.get(facet));
        assertThat(expected).as("the seeds give %s values to count", facet).isNotEmpty();
        List<Map<String, Object>> values = served(PATH, facet, query);
        assertThat(counts(values)).isEqualTo(expected);
        assertThat(values).isSortedAccordingTo(FacetCounts.SIDEBAR_ORDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"project", "country", "unit", "indicator", "kind", "theme", "source"})
    void shouldCountEachValueAsTheListFilteredByItTotals(String facet) {
        Map<String, Object> query = Map.of("from", "2023", "to", "2023");
        FacetCounts.assertEachValueTotals(PATH, facet, query);
    }

    @Test
    void shouldCountAFigureUnderEveryYearItsTimeOverlaps() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        assertThat(all).as("some figure covers several years").anyMatch(m -> years(m).size() > 1);
        List<Map<String, Object>> years = served(PATH, "year", Map.of());
        assertThat(counts(years)).isEqualTo(FacetCounts.count(all, VALUES.get("year")));
        // A year counts what a one-year date range finds.
        FacetCounts.assertEachValueTotals(PATH, "year", Map.of());
    }

    @Test
    void shouldCountYearsIgnoringTheDateRangeButNotTheOtherFacets() {
        Map<String, Object> query = Map.of("from", "2023", "to", "2023");
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(PATH,
                Map.of("from", "2023", "to", "2023", "facets", List.of("year", "kind")));
        assertThat(counts(facets.get("year"))).isEqualTo(FacetCounts.count(records(PATH, Map.of()), VALUES.get("year")))
                .containsKeys("2023", "2030");
        assertThat(counts(facets.get("kind"))).isEqualTo(FacetCounts.count(records(PATH, query), VALUES.get("kind")));
    }

    @Test
    void shouldLabelProjectsUnitsAndSourcesButNotCodes() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(PATH,
                Map.of("facets", List.of("project", "unit", "source", "indicator", "kind", "year")));
        Map<String, String> projectNames = new TreeMap<>();
        all.forEach(m -> nested(m, "project", "id").forEach(p -> projectNames.put(p, nested(m, "project", "name")
                .iterator().next())));
        assertThat(labels(facets.get("project"))).isEqualTo(projectNames).isNotEmpty();
        facets.get("unit").forEach(u -> assertThat(u.get("label")).as("unit %s", u.get("value"))
                .isEqualTo(Seeds.byId("units", (String) u.get("value")).path("label").asText()));
        facets.get("source").forEach(s -> assertThat(s.get("label")).as("source %s", s.get("value"))
                .isEqualTo(FacetCounts.get("/api/v1/sources/" + s.get("value"), Map.of()).path("title")));
        assertThat(labels(facets.get("indicator"))).isEmpty();
        assertThat(labels(facets.get("kind"))).isEmpty();
        assertThat(labels(facets.get("year"))).isEmpty();
    }

    @Test
    void shouldCountOnlyTheFiguresOfTheProjectOnItsOwnList() {
        String path = "/api/v1/projects/china-laos-railway/metrics";
        List<Map<String, Object>> own = records(path, Map.of());
        assertThat(own).isNotEmpty();
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(path,
                Map.of("kind", "observed", "facets", List.of("kind", "theme", "year", "source")));
        assertThat(counts(facets.get("kind"))).isEqualTo(FacetCounts.count(own, VALUES.get("kind")));
        List<Map<String, Object>> observed = records(path, Map.of("kind", "observed"));
        for (String facet : List.of("theme", "year", "source")) {
            assertThat(counts(facets.get(facet))).as(facet).isEqualTo(FacetCounts.count(observed, VALUES.get(facet)));
        }
    }

    @Test
    void shouldRejectTheProjectFacetOnAProjectsOwnList() {
        invalid().queryParam("facets", "project").get("/api/v1/projects/china-laos-railway/metrics").then()
                .statusCode(400).body("errors.find { it.name == 'facets' }.detail",
                        allOf(containsString("'project'"), containsString("year"), not(containsString(", project"))));
    }

    @Test
    void shouldRejectAFacetOfAnotherList() {
        invalid().queryParam("facets", "speaker").get(PATH).then().statusCode(400)
                .body("errors.find { it.name == 'facets' }.detail",
                        allOf(containsString("'speaker'"), containsString("indicator")));
    }
}
