package org.bri.data.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
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
import io.restassured.path.json.JsonPath;

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
        JsonPath body = api().get("/api/v1/statements/" + seed.path("id").asText()).then().statusCode(200).extract()
                .jsonPath();
        assertThat(body.getString("text")).isEqualTo(seed.path("text").asText());
        assertThat(body.getString("speaker.id")).isEqualTo(seed.path("speaker").asText());
        assertThat(body.getString("speaker.name")).isNotBlank();
        assertThat(body.getList("evidence.sourceId", String.class))
                .isEqualTo(seed.path("evidence").findValuesAsText("sourceId"));
    }

    @ParameterizedTest
    @CsvSource({"speaker, xu-shilong", "speaker, 'xi-jinping,zheng-shanjie'", "type, quote",
            "type, 'policy,paraphrase'", "theme, integrity", "project, luban-workshops",
            "source, global-times-2025-gwr-bri-blueprint", "country, TH"})
    void shouldFilterByField(String name, String value) {
        List<String> wanted = List.of(value.split(","));
        Predicate<JsonNode> match = switch (name) {
            case "theme", "project", "country" -> s -> Seeds.strings(s, name.equals("country")
                    ? "countries"
                    : name + "s").stream().anyMatch(wanted::contains);
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
        List<String> got = api().queryParam("q", "CPPCC").queryParam("size", 100).get("/api/v1/statements").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> bySpeaker = Seeds.ids("statements", s -> Seeds.where("speakers",
                p -> p.path("id").asText().equals(s.path("speaker").asText())).get(0).toString().contains("CPPCC"));
        assertThat(bySpeaker).isNotEmpty();
        assertThat(got).containsAll(bySpeaker);
    }

    @Test
    void shouldFindTechnologicalTransfersWhenSearchingForTechnologyTransfer() {
        List<String> ids = Lists.allIds("/api/v1/statements", 100, "q", "technology transfer");
        List<String> expected = Seeds.ids("statements", s -> {
            String text = (s.path("text").asText() + s.path("evidence").toString()).toLowerCase(java.util.Locale.ROOT);
            return text.contains("technolog") && text.contains("transfer");
        });
        assertThat(expected).contains("wang-lizong-technological-transfers-asean-africa-latin-america");
        assertThat(ids).containsAll(expected);
    }

    @ParameterizedTest
    @CsvSource({"speaker, nobody", "type, rumour", "project, atlantis", "from, 2025-00", "sort, volume"})
    void shouldRejectABadParameterNamingIt(String name, String value) {
        invalid().queryParam(name, value).get("/api/v1/statements").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", hasItem(name));
    }

    @Test
    void shouldAnswer404ForAnUnknownStatement() {
        api().get("/api/v1/statements/no-such-statement").then().statusCode(404).body("status", is(404));
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
