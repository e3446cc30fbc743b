package org.bri.data.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.FacetCounts.counts;
import static org.bri.data.FacetCounts.each;
import static org.bri.data.FacetCounts.field;
import static org.bri.data.FacetCounts.labels;
import static org.bri.data.FacetCounts.nested;
import static org.bri.data.FacetCounts.records;
import static org.bri.data.FacetCounts.served;
import static org.bri.data.FacetCounts.strings;
import static org.bri.data.FacetCounts.without;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bri.data.FacetCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Facet counts on the statement lists, checked against counts taken here from every statement the list serves. */
@QuarkusTest
class StatementFacetsTest {

    private static final String PATH = "/api/v1/statements";

    /** Each facet's values of a statement as served, counted here. */
    private static final Map<String, Function<Map<String, Object>, Collection<String>>> VALUES = Map.of(
            "speaker", s -> nested(s, "speaker", "id"),
            "type", s -> field(s, "type"),
            "theme", s -> strings(s, "themes"),
            "project", s -> each(s, "projects", "id"),
            "country", s -> each(s, "countries", "code"),
            "source", s -> each(s, "evidence", "sourceId"),
            "year", s -> FacetCounts.years((String) s.get("date"), (String) s.get("date")));

    @ParameterizedTest
    @ValueSource(strings = {"speaker", "type", "theme", "project", "country", "source", "year"})
    void shouldCountEveryFacetUnderTheOtherFilters(String facet) {
        Map<String, Object> query = Map.of("type", "assessment", "theme", "connectivity");
        Map<String, Long> expected = FacetCounts.count(records(PATH, without(query, facet)), VALUES.get(facet));
        assertThat(expected).as("the seeds give %s values to count", facet).isNotEmpty();
        List<Map<String, Object>> values = served(PATH, facet, query);
        assertThat(counts(values)).isEqualTo(expected);
        assertThat(values).isSortedAccordingTo(FacetCounts.SIDEBAR_ORDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"speaker", "type", "theme", "project", "country", "source", "year"})
    void shouldCountEachValueAsTheListFilteredByItTotals(String facet) {
        Map<String, Object> query = Map.of("q", "cooperation");
        FacetCounts.assertEachValueTotals(PATH, facet, query);
    }

    @Test
    void shouldCountStatementsPerSpeakerIgnoringTheSpeakerFilterWithTheirNames() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        String speaker = (String) nested(all.get(0), "speaker", "id").iterator().next();
        var response = FacetCounts.get(PATH, Map.of("speaker", speaker, "facets", "speaker"));
        List<Map<String, Object>> speakers = response.jsonPath().getList("facets.speaker");
        assertThat(counts(speakers)).isEqualTo(FacetCounts.count(all, VALUES.get("speaker"))).hasSizeGreaterThan(1);
        assertThat(response.jsonPath().getLong("totalItems")).isEqualTo(counts(speakers).get(speaker));
        Map<String, String> names = new TreeMap<>();
        all.forEach(s -> names.put((String) nested(s, "speaker", "id").iterator().next(),
                (String) nested(s, "speaker", "name").iterator().next()));
        assertThat(labels(speakers)).isEqualTo(names);
    }

    @Test
    void shouldCountUndatedStatementsUnderNoYear() {
        List<Map<String, Object>> all = records(PATH, Map.of());
        long dated = all.stream().filter(s -> s.get("date") != null).count();
        assertThat(dated).as("some statements are undated").isLessThan(all.size());
        List<Map<String, Object>> years = served(PATH, "year", Map.of());
        // Every dated statement of the seeds falls within one year.
        assertThat(years.stream().mapToLong(FacetCounts::count).sum()).isEqualTo(dated);
    }

    @Test
    void shouldCountTheStatementsAboutAProjectOnItsOwnList() {
        String path = "/api/v1/projects/china-laos-railway/statements";
        List<Map<String, Object>> own = records(path, Map.of());
        assertThat(own).isNotEmpty();
        Map<String, List<Map<String, Object>>> facets = FacetCounts.served(path,
                Map.of("facets", List.of("speaker", "type", "year", "country")));
        facets.forEach((facet, values) -> assertThat(counts(values)).as(facet)
                .isEqualTo(FacetCounts.count(own, VALUES.get(facet))));
    }

    @Test
    void shouldLeaveFacetsOutUnlessAsked() {
        api().queryParam("type", "quote").get(PATH).then().statusCode(200).body("$", not(hasKey("facets")));
        api().get("/api/v1/projects/china-laos-railway/metrics").then().statusCode(200)
                .body("$", not(hasKey("facets")));
    }
}
