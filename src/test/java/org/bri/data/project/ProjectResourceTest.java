package org.bri.data.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bri.data.Api;
import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The projects list, paging, filters, sorts and records, checked against seeds/data/projects.json. */
@QuarkusTest
class ProjectResourceTest {

    private static final List<JsonNode> PROJECTS = Seeds.all("projects");

    @Test
    void shouldListFirstPageWithTotalsAndLinks() {
        int total = PROJECTS.size();
        api().get("/api/v1/projects").then().statusCode(200)
                .body("page", is(1)).body("size", is(20)).body("totalItems", is(total))
                .body("totalPages", is((total + 19) / 20)).body("items.size()", is(Math.min(20, total)))
                .header("X-Total-Count", String.valueOf(total))
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void shouldWalkEveryPageWithoutGapsOrRepeats() {
        List<String> ids = Lists.allIds("/api/v1/projects", 7);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Seeds.ids("projects", p -> true));
    }

    @Test
    void shouldLinkToPreviousAndLastPages() {
        String link = api().queryParam("size", 10).queryParam("page", 2).get("/api/v1/projects").then()
                .statusCode(200).extract().header("Link");
        int last = (PROJECTS.size() + 9) / 10;
        assertThat(link).contains("page=1>; rel=\"first\"", "page=1>; rel=\"prev\"",
                "page=" + last + ">; rel=\"last\"");
    }

    @Test
    void shouldAnswerAnEmptyPageBeyondTheLast() {
        api().queryParam("page", 500).get("/api/v1/projects").then().statusCode(200)
                .body("items.size()", is(0)).body("totalItems", is(PROJECTS.size()));
    }

    @Test
    void shouldSortByNameByDefault() {
        List<String> names = api().queryParam("size", 100).get("/api/v1/projects").then().statusCode(200).extract()
                .jsonPath().getList("items.name", String.class);
        assertThat(names).hasSize(PROJECTS.size()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void shouldSortDescendingAndByTwoFields() {
        JsonPath body = api().queryParam("size", 100).queryParam("sort", "type,-name").get("/api/v1/projects").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = body.getList("items");
        Comparator<Map<String, Object>> order = Comparator.comparing((Map<String, Object> m) -> (String) m.get("type"))
                .thenComparing(m -> (String) m.get("name"), Comparator.reverseOrder());
        assertThat(Lists.isSorted(items, order)).isTrue();
    }

    @Test
    void shouldSortByStatusWithUnknownStatusesLast() {
        List<String> statuses = api().queryParam("size", 100).queryParam("sort", "status").get("/api/v1/projects")
                .then().statusCode(200).extract().jsonPath().getList("items.status", String.class);
        assertThat(Lists.isSorted(statuses, Comparator.nullsLast(Comparator.<String>naturalOrder()))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"country, LA", "country, lao", "country, 'PK,GR'", "country, grc"})
    void shouldFilterByCountryInEitherCodeAndAnyCase(String name, String value) {
        List<String> wanted = List.of(value.split(",")).stream()
                .map(c -> org.bri.data.country.IsoCountries.toAlpha2(c).orElseThrow()).toList();
        assertFilter(name, value, p -> Seeds.countryCodes(p).stream().anyMatch(wanted::contains));
    }

    @ParameterizedTest
    @CsvSource({"type, railway", "type, 'port,fund'", "status, operational", "status, 'planned,under-construction'",
            "scale, small-and-beautiful", "scale, flagship", "theme, green", "theme, 'finance,health'",
            "sector, rail-transport"})
    void shouldFilterByField(String name, String value) {
        List<String> wanted = List.of(value.split(","));
        String field = name.equals("theme") ? "themes" : name;
        assertFilter(name, value, p -> p.path(field).isArray()
                ? Seeds.strings(p, field).stream().anyMatch(wanted::contains)
                : wanted.contains(p.path(field).asText()));
    }

    @Test
    void shouldFilterBySectorCrsCode() {
        String crs = Seeds.all("sectors").stream().filter(s -> s.path("id").asText().equals("rail-transport"))
                .findFirst().orElseThrow().path("crsCode").asText();
        assertFilter("sector", crs, p -> p.path("sector").asText().equals("rail-transport"));
    }

    @Test
    void shouldCombineFiltersWithAnd() {
        assertFilter(Map.of("status", "operational", "type", "railway"),
                p -> p.path("status").asText().equals("operational") && p.path("type").asText().equals("railway"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"laism|laism", "PIRAEUS|piraeu", "small and beautiful|small and beautiful",
            "Qiankai|qiankai", "mushrooms|mushroom", "railways Laos|railway laos"})
    void shouldSearchWordStartsInNamesAliasesSummariesAndQuotesIgnoringCase(String q, String stems) {
        assertFilter(Map.of("q", q),
                p -> Seeds.wordsStartWith(Seeds.searchedTexts("projects", p), Seeds.stems(stems)));
    }

    @Test
    void shouldFindAProjectByAMisspelledAlias() {
        // The documents misspell the railway "China-Laism-Thai-Malaysia"; the alias keeps that spelling findable.
        List<String> misspelled = Seeds.ids("projects",
                p -> Seeds.strings(p, "aliases").stream().anyMatch(a -> a.contains("Laism")));
        assertThat(misspelled).isNotEmpty();
        List<String> found = Lists.allIds("/api/v1/projects", 100, "q", "China-Laism");
        assertThat(found).containsAll(misspelled)
                .containsExactlyInAnyOrderElementsOf(Seeds.searchIds("projects", "china laism"));
    }

    @Test
    void shouldReadOneProjectWithEverythingTheSeedsHold() {
        JsonNode seed = Seeds.byId("projects", "china-laos-railway");
        Map<String, Object> body = api().get("/api/v1/projects/china-laos-railway").then().statusCode(200).extract()
                .jsonPath().getMap("");
        assertProject(body, seed);
    }

    @Test
    void shouldServeEveryProjectAsTheSeedsHoldIt() {
        List<Map<String, Object>> items = Lists.allItems("/api/v1/projects", 100);
        assertThat(items).hasSameSizeAs(PROJECTS);
        for (Map<String, Object> item : items) {
            assertProject(item, Seeds.byId("projects", (String) item.get("id")));
        }
    }

    @Test
    void shouldMapStatusToIatiActivityStatus() {
        JsonPath body = api().queryParam("size", 100).get("/api/v1/projects").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> items = body.getList("items");
        Map<String, Integer> iati = Map.of("planned", 1, "under-construction", 2, "operational", 3, "ongoing", 2);
        for (Map<String, Object> item : items) {
            Object status = item.get("status");
            assertThat(item.get("iatiActivityStatus")).isEqualTo(status == null ? null : iati.get(status));
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownProject() {
        api().get("/api/v1/projects/no-such-project").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404))
                .body("detail", containsString("no-such-project"));
    }

    @ParameterizedTest
    @CsvSource({"page, 0", "page, abc", "size, 0", "size, 1000", "sort, password", "sort, '-'", "status, finished",
            "type, spaceport", "scale, huge", "country, ZZ", "theme, nonsense", "sector, 99999", "colour, red",
            "q, ''"})
    void shouldRejectABadParameterNamingIt(String name, String value) {
        invalid().queryParam(name, value).get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400))
                .body("errors.name", hasItem(name)).body("errors.in", everyItem(is("query")))
                .body("errors[0].detail", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldListEveryOffendingParameterAtOnce() {
        invalid().queryParam("page", 0).queryParam("size", 1000).queryParam("sort", "password")
                .get("/api/v1/projects").then().statusCode(400).body("errors.size()", is(3))
                .body("errors.name", org.hamcrest.Matchers.containsInAnyOrder("page", "size", "sort"));
    }

    @Test
    void shouldListTheMetricsOfAProject() {
        List<String> expected = Seeds.ids("metrics", m -> m.path("project").asText().equals("china-laos-railway"));
        assertThat(expected).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/projects/china-laos-railway/metrics", 100))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldListTheStatementsOfAProject() {
        List<String> expected = Seeds.ids("statements",
                s -> Seeds.strings(s, "projects").contains("china-europe-railway-express"));
        assertThat(expected).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/projects/china-europe-railway-express/statements", 100))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldAnswer404ForTheSubListsOfAnUnknownProject() {
        api().get("/api/v1/projects/nope/metrics").then().statusCode(404).body("status", equalTo(404));
        api().get("/api/v1/projects/nope/statements").then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void shouldRejectAProjectFilterOnAProjectsOwnList() {
        for (String list : List.of("metrics", "statements")) {
            // Reported once, as a parameter the list does not take, whatever its value.
            invalid().queryParam("project", "no-such-project").get("/api/v1/projects/china-laos-railway/" + list)
                    .then().statusCode(400).body("errors.name", org.hamcrest.Matchers.contains("project"))
                    .body("errors[0].detail", org.hamcrest.Matchers.startsWith("is not a parameter"))
                    .body("detail", org.hamcrest.Matchers.containsString("an invalid parameter: project"));
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownProjectBeforeLookingAtItsListsParameters() {
        for (String list : List.of("metrics", "statements")) {
            invalid().queryParam("page", 0).queryParam("project", "x").get("/api/v1/projects/no-such-project/" + list)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("no-such-project"));
        }
    }

    /** A project as the API returns it against its seed, field by field, references resolved from the seeds. */
    private static void assertProject(Map<String, Object> actual, JsonNode seed) {
        String id = seed.path("id").asText();
        assertThat(actual.get("id")).isEqualTo(id);
        for (String field : List.of("name", "type", "scale", "status", "summary")) {
            assertThat(actual.get(field)).as("%s of %s", field, id).isEqualTo(Seeds.textOrNull(seed, field));
        }
        assertThat(actual.get("aliases")).as("aliases of %s", id).isEqualTo(Seeds.strings(seed, "aliases"));
        JsonNode sector = Seeds.byId("sectors", seed.path("sector").asText());
        assertThat(actual.get("sector")).as("sector of %s", id).isEqualTo(Seeds.plain(sector));
        assertThat(actual.get("countries")).as("countries of %s", id).isEqualTo(Seeds.countryRefs(seed));
        assertThat(actual.get("milestones")).as("milestones of %s", id).isEqualTo(Seeds.plain(seed.path("milestones")));
        assertThat(actual.get("themes")).as("themes of %s", id).isEqualTo(Seeds.strings(seed, "themes"));
        assertThat(actual.get("evidence")).as("evidence of %s", id).isEqualTo(Seeds.plain(seed.path("evidence")));
    }

    private static void assertFilter(String name, String value, Predicate<JsonNode> expected) {
        assertFilter(Map.of(name, value), expected);
    }

    private static void assertFilter(Map<String, String> query, Predicate<JsonNode> expected) {
        List<String> want = Seeds.ids("projects", expected);
        assertThat(want).as("the seeds hold projects for %s", query).isNotEmpty();
        var request = query.values().stream().anyMatch(v -> v.contains(",")) ? Api.commaJoined() : api();
        List<String> got = request.queryParams(query).queryParam("size", 100).get("/api/v1/projects").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(new HashSet<>(got)).isEqualTo(new HashSet<>(want));
        assertThat(got).doesNotHaveDuplicates();
    }
}
