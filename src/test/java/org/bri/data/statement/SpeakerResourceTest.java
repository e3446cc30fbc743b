package org.bri.data.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The speakers list and records, checked field by field against seeds/data/speakers.json and their statements. */
@QuarkusTest
class SpeakerResourceTest {

    static Stream<String> speakerIds() {
        return Seeds.ids("speakers", s -> true).stream();
    }

    @Test
    void shouldListEverySpeakerByName() {
        List<String> names = api().queryParam("size", 100).get("/api/v1/speakers").then().statusCode(200).extract()
                .jsonPath().getList("items.name", String.class);
        assertThat(names).hasSize(Seeds.all("speakers").size()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"person", "body"})
    void shouldFilterByKind(String kind) {
        List<String> expected = Seeds.ids("speakers", s -> s.path("kind").asText().equals(kind));
        assertThat(expected).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/speakers", 5, "kind", kind)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("speakerIds")
    void shouldReadEachSpeakerAsTheSeedsDescribeThem(String id) {
        JsonNode seed = Seeds.byId("speakers", id);
        JsonPath body = api().get("/api/v1/speakers/" + id).then().statusCode(200).extract().jsonPath();
        assertSpeaker(body.getMap(""), seed);
    }

    @ParameterizedTest
    @MethodSource("speakerIds")
    void shouldListExactlyTheStatementsAttributedToEachSpeaker(String id) {
        List<String> expected = Seeds.ids("statements", s -> s.path("speaker").asText().equals(id));
        List<Map<String, Object>> statements = Lists.allItems("/api/v1/statements", 100, "speaker", id);
        assertThat(statements).extracting(s -> (String) s.get("id")).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode seed = Seeds.byId("speakers", id);
        for (Map<String, Object> statement : statements) {
            @SuppressWarnings("unchecked")
            Map<String, Object> speaker = (Map<String, Object>) statement.get("speaker");
            assertSpeaker(speaker, seed);
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownSpeaker() {
        api().get("/api/v1/speakers/nobody").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void shouldRejectAnUnknownKind() {
        invalid().queryParam("kind", "robot").get("/api/v1/speakers").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", hasItem("kind"));
    }

    private static void assertSpeaker(Map<String, Object> actual, JsonNode seed) {
        for (String field : List.of("id", "name", "role", "organization", "kind")) {
            assertThat(actual).as("speaker %s", seed.path("id").asText()).containsEntry(field,
                    Seeds.textOrNull(seed, field));
        }
    }
}
