package org.bri.data.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bri.data.FacetCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Facet counts on the project list, checked against counts taken here from every project the list serves. */
@QuarkusTest
class ProjectFacetsTest {

    private static final String PATH = "/api/v1/projects";

    /** Each facet's values of a project as served, counted here. */
    private static final Map<String, Function<Map<String, Object>, Collection<String>>> VALUES = Map.of(
            "country", p -> each(p, "countries", "code"),
            "countryRole", p -> each(p, "countries", "role"),
            "type", p -> field(p, "type"),
            "sector", p -> nested(p, "sector", "id"),
            "status", p -> field(p, "status"),
            "scale", p -> field(p, "scale"),
            "theme", p -> strings(p, "themes"));

    @Test
    void shouldCountProjectsPerCountryIgnoringTheCountryFilter() {
        Map<String, Object> query = Map.of("country", "LA", "status", "operational");
        var response = FacetCounts.get(PATH, Map.of("country", "LA", "status", "operational", "facets", "country"));
        List<Map<String, Object>> countries = response.jsonPath().getList("facets.country");

        Map<String, Long> expected = FacetCounts.count(records(PATH, without(query, "country")), VALUES.get("country"));
        assertThat(counts(countries)).isEqualTo(expected).containsKey("LA").hasSizeGreaterThan(1);
        // The items and the total keep the country filter.
        assertThat(response.jsonPath().getLong("totalItems")).isEqualTo(records(PATH, query).size())
                .isEqualTo(counts(countries).get("LA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"country", "countryRole", "type", "sector", "status", "scale", "theme"})
    void shouldCountEveryFacetUnderTheOtherFilters(String facet) {
        Map<String, Object> query = Map.of("theme", "connectivity", "scale", "flagship");
        Map<String, Long> expected = FacetCounts.count(records(PATH, without(query, facet)), VALUES.get(facet));
        assertThat(expected).as("the seeds give %s values to count", facet).isNotEmpty();
        assertThat(counts(served(PATH, facet, query))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"country", "countryRole", "type", "sector", "status", "scale", "theme"})
    void shouldCountEachValueAsTheListFilteredByItTotals(String facet) {
        Map<String, Object> query = Map.of("theme", "connectivity", "countryRole", "partner");
        FacetCounts.assertEachValueTotals(PATH, facet, query);
    }

    @Test
    void shouldCountAProjectOnceUnderEachOfItsCountriesAndThemes() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        assertThat(all).as("some project has several themes and several countries")
                .anyMatch(p -> strings(p, "themes").size() > 1 && each(p, "countries", "code").size() > 1);
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(PATH, Map.of("facets",
                List.of("country", "theme")));
        assertThat(counts(facets.get("theme"))).isEqualTo(FacetCounts.count(all, VALUES.get("theme")));
        assertThat(counts(facets.get("country"))).isEqualTo(FacetCounts.count(all, VALUES.get("country")));
        assertThat(counts(facets.get("theme")).values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThan(all.size());
    }

    @Test
    void shouldCountTheCountriesInTheRolesAskedForAndTheRolesOfTheCountriesAskedFor() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(PATH,
                Map.of("country", "CHN", "countryRole", "partner", "facets", List.of("country", "countryRole")));
        // China as a partner: the countries counted are the partners, and China's roles are counted.
        assertThat(counts(facets.get("country"))).isEqualTo(FacetCounts.count(all, p -> roles(p).entrySet().stream()
                .filter(c -> c.getValue().contains("partner")).map(Map.Entry::getKey).toList()));
        assertThat(counts(facets.get("countryRole")))
                .isEqualTo(FacetCounts.count(all, p -> roles(p).getOrDefault("CN", List.of())))
                .containsKeys("host", "partner");
    }

    @Test
    void shouldLabelValuesWithTheNamesOfTheirVocabularies() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(PATH,
                Map.of("facets", List.of("country", "sector", "theme", "status", "type")));
        Map<String, String> countryNames = new TreeMap<>();
        Map<String, String> sectorLabels = new TreeMap<>();
        for (Map<String, Object> p : all) {
            each(p, "countries", "code").forEach(c -> countryNames.put(c, name(p, c)));
            nested(p, "sector", "id").forEach(s -> sectorLabels.put(s, nested(p, "sector", "label").iterator().next()));
        }
        Map<String, String> themeLabels = records("/api/v1/themes", Map.of()).stream()
                .collect(Collectors.toMap(t -> (String) t.get("id"), t -> (String) t.get("label")));
        assertThat(labels(facets.get("country"))).isEqualTo(countryNames).containsEntry("LA", "Laos");
        assertThat(labels(facets.get("sector"))).isEqualTo(sectorLabels);
        assertThat(themeLabels).containsAllEntriesOf(labels(facets.get("theme")));
        assertThat(labels(facets.get("theme"))).hasSameSizeAs(facets.get("theme"));
        // A slug is its own label.
        assertThat(labels(facets.get("status"))).isEmpty();
        assertThat(labels(facets.get("type"))).isEmpty();
    }

    @Test
    void shouldSortValuesByCountThenValue() {
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(PATH, Map.of("facets", VALUES.keySet()));
        assertThat(facets).containsOnlyKeys(VALUES.keySet());
        facets.forEach((facet, values) -> assertThat(values).as(facet).isSortedAccordingTo(FacetCounts.SIDEBAR_ORDER));
        // Ties are common among countries: the order between them is the value's.
        assertThat(facets.get("country").stream().map(FacetCounts::count).distinct().count())
                .isLessThan(facets.get("country").size());
    }

    @Test
    void shouldCountTheWholeListWhateverThePage() {
        Map<String, Object> query = Map.of("theme", "connectivity", "facets", "type");
        var firstPage = FacetCounts.get(PATH, query);
        Map<String, Object> later = new TreeMap<>(query);
        later.put("size", 3);
        later.put("page", 2);
        var secondPage = FacetCounts.get(PATH, later);
        List<Map<String, Object>> types = secondPage.jsonPath().getList("facets.type");
        assertThat(types).isEqualTo(firstPage.jsonPath().getList("facets.type"));
        // Every project has one type: the counts add up to the total, over the pages.
        assertThat(types.stream().mapToLong(FacetCounts::count).sum())
                .isEqualTo(Long.parseLong(secondPage.header("X-Total-Count")))
                .isGreaterThan(3);
    }

    @Test
    void shouldLeaveFacetsOutUnlessAsked() {
        api().queryParam("country", "LA").get(PATH).then().statusCode(200).body("$", not(hasKey("facets")));
    }

    @Test
    void shouldRejectAnUnknownFacetNamingItAndTheKnownOnesWithTheOtherBadParameters() {
        invalid().queryParam("facets", "country,colour").queryParam("status", "bogus").get(PATH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.name", hasItem("status"))
                .body("errors.find { it.name == 'facets' }.detail", allOf(containsString("'colour'"),
                        containsString("countryRole"), containsString("theme"), not(containsString("'country'"))))
                .body("errors.find { it.name == 'facets' }.in", is("query"));
    }

    @Test
    void shouldRejectAnEmptyFacetsParameter() {
        invalid().queryParam("facets", "").get(PATH).then().statusCode(400).body("errors.name", hasItem("facets"));
    }

    /** The roles each country plays in a project. */
    private static Map<String, List<String>> roles(Map<String, Object> project) {
        List<String> codes = each(project, "countries", "code");
        List<String> roles = each(project, "countries", "role");
        Map<String, List<String>> byCountry = new TreeMap<>();
        for (int i = 0; i < codes.size(); i++) {
            byCountry.computeIfAbsent(codes.get(i), c -> new java.util.ArrayList<>()).add(roles.get(i));
        }
        return byCountry;
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> project, String code) {
        return ((List<Map<String, Object>>) project.get("countries")).stream().filter(c -> c.get("code").equals(code))
                .map(c -> (String) c.get("name")).findFirst().orElseThrow();
    }
}
