package org.bri.data.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.bri.data.common.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The statements list, filters, search and records, checked against seeds/data/statements.json. */
@QuarkusTest
class StatementResourceTest {

    private static final List<JsonNode> STATEMENTS = Seeds.all("statements");

    @Test
    void shouldListEveryStatementAcrossPages() {
        assertThat(Lists.allIds("/api/v1/statements", 100)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Seeds.ids("statements", s -> true));
    }

    @Test
    void shouldListNewestFirstByDefaultWithUndatedLast() {
        List<String> dates = api().queryParam("size", 100).get("/api/v1/statements").then().statusCode(200).extract()
                .jsonPath().getList("items.date", String.class);
        List<String> ends = dates.stream().map(d -> d == null ? null : PartialDate.parse(d).last().toString()).toList();
        assertThat(Lists.isSorted(ends, Comparator.nullsLast(Comparator.<String>reverseOrder()))).isTrue();
    }

    @Test
    void shouldReadOneStatementWithSpeakerAndEvidence() {
        JsonNode seed = STATEMENTS.get(0);
        Map<String, Object> body = api().get("/api/v1/statements/" + seed.path("id").asText()).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertStatement(body, seed);
    }

    @Test
    void shouldServeEveryStatementAsTheSeedsHoldIt() {
        List<Map<String, Object>> items = Lists.allItems("/api/v1/statements", 100);
        assertThat(items).hasSameSizeAs(STATEMENTS);
        for (Map<String, Object> item : items) {
            assertStatement(item, Seeds.byId("statements", (String) item.get("id")));
        }
    }

    @ParameterizedTest
    @CsvSource({"speaker, xu-shilong", "speaker, 'xi-jinping,zheng-shanjie'", "type, quote",
            "type, 'policy,paraphrase'", "theme, integrity", "project, luban-workshops",
            "source, global-times-2025-gwr-bri-blueprint", "country, TH"})
    void shouldFilterByField(String name, String value) {
        List<String> wanted = List.of(value.split(","));
        Predicate<JsonNode> match = switch (name) {
            case "theme", "project" -> s -> Seeds.strings(s, name + "s").stream().anyMatch(wanted::contains);
            case "country" -> s -> Seeds.countryCodes(s).stream().anyMatch(wanted::contains);
            case "source" -> s -> s.path("evidence").findValuesAsText("sourceId").stream().anyMatch(wanted::contains);
            default -> s -> wanted.contains(s.path(name).asText());
        };
        assertFilter(Map.of(name, value), match);
    }

    @Test
    void shouldFilterByDateRange() {
        assertFilter(Map.of("from", "2025-03", "to", "2025-03-05"), s -> !s.path("date").isNull()
                && !PartialDate.parse(s.path("date").asText()).last().isBefore(PartialDate.parse("2025-03").first())
                && !PartialDate.parse(s.path("date").asText()).first().isAfter(PartialDate.parse("2025-03-05").last()));
    }

    @Test
    void shouldSearchSpeakersOrganizationsAndTexts() {
        List<String> expected = Seeds.searchIds("statements", "cppcc");
        // Some match only through their speaker's role or organization, not their own words.
        assertThat(expected).anyMatch(id -> !Seeds.byId("statements", id).path("text").asText().contains("CPPCC"));
        assertThat(Lists.allIds("/api/v1/statements", 100, "q", "CPPCC")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldFindTechnologicalTransfersWhenSearchingForTechnologyTransfer() {
        // "technology" less its ending "y" is "technolog", which starts "technological" too.
        List<String> expected = Seeds.searchIds("statements", "technolog transfer");
        assertThat(expected).anyMatch(id -> Seeds.byId("statements", id).path("text").asText()
                .toLowerCase(java.util.Locale.ROOT).contains("technological transfer"));
        assertThat(Lists.allIds("/api/v1/statements", 100, "q", "technology transfer"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource({"speaker, nobody", "type, rumour", "project, atlantis", "from, 2025-00", "sort, volume"})
    void shouldRejectABadParameterNamingIt(String name, String value) {
        invalid().queryParam(name, value).get("/api/v1/statements").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400)).body("errors.name", hasItem(name))
                .body("errors.in", everyItem(is("query")));
    }

    @Test
    void shouldAnswer404ForAnUnknownStatement() {
        api().get("/api/v1/statements/no-such-statement").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }

    /** A statement as the API returns it against its seed, its speaker and projects resolved from the seeds. */
    private static void assertStatement(Map<String, Object> actual, JsonNode seed) {
        String id = seed.path("id").asText();
        assertThat(actual.get("id")).isEqualTo(id);
        for (String field : List.of("text", "type", "date")) {
            assertThat(actual.get(field)).as("%s of %s", field, id).isEqualTo(Seeds.textOrNull(seed, field));
        }
        assertThat(actual.get("speaker")).as("speaker of %s", id)
                .isEqualTo(Seeds.plain(Seeds.byId("speakers", seed.path("speaker").asText())));
        assertThat(actual.get("projects")).as("projects of %s", id)
                .isEqualTo(Seeds.strings(seed, "projects").stream().map(Seeds::projectRef).toList());
        assertThat(actual.get("countries")).as("countries of %s", id).isEqualTo(Seeds.countryRefs(seed));
        assertThat(actual.get("themes")).as("themes of %s", id).isEqualTo(Seeds.strings(seed, "themes"));
        assertThat(actual.get("evidence")).as("evidence of %s", id).isEqualTo(Seeds.plain(seed.path("evidence")));
    }

    private static void assertFilter(Map<String, String> query, Predicate<JsonNode> expected) {
        List<String> want = Seeds.ids("statements", expected);
        assertThat(want).as("the seeds hold statements for %s", query).isNotEmpty();
        assertThat(new HashSet<>(Lists.allIds("/api/v1/statements", 100, flatten(query))))
                .isEqualTo(new HashSet<>(want));
    }

    private static Object[] flatten(Map<String, String> query) {
        return query.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }
}
