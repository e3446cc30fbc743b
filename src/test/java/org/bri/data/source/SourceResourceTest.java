package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceResourceTest {

    @Test
    void shouldListAllFiveSources() {
        List<String> ids = api().get("/api/v1/sources").then().statusCode(200).body("totalItems", is(5)).extract()
                .jsonPath().getList("items.id", String.class);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(Seeds.ids("sources", s -> true));
    }

    @Test
    void shouldServeEachDocumentExactlyAsStored() throws Exception {
        for (JsonNode source : Seeds.all("sources")) {
            String id = source.path("id").asText();
            byte[] body = api().get("/api/v1/sources/" + id + "/text").then().statusCode(200)
                    .contentType("text/plain;charset=UTF-8").extract().asByteArray();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            assertThat(sha).isEqualTo(source.path("sha256").asText());
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(Seeds.text(id));
        }
    }

    @Test
    void shouldDescribeASpeechWithTheDateItWasDelivered() {
        api().get("/api/v1/sources/xi-2021-third-bri-symposium").then().statusCode(200)
                .body("kind", is("speech")).body("deliveredOn", is("2021-11-19")).body("author", is("Xi Jinping"))
                .body("characters", is(Seeds.text("xi-2021-third-bri-symposium").codePointCount(0,
                        Seeds.text("xi-2021-third-bri-symposium").length())));
    }

    @Test
    void shouldSortByPublicationDateDescending() {
        List<String> dates = api().queryParam("sort", "-publishedOn").get("/api/v1/sources").then().statusCode(200)
                .extract().jsonPath().getList("items.publishedOn", String.class);
        assertThat(dates.subList(0, 4)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates.get(4)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/sources/nope", "/api/v1/sources/nope/text"})
    void shouldAnswer404ForAnUnknownSource(String path) {
        api().get(path).then().statusCode(404).contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void shouldRejectFiltersTheSourceListDoesNotHave() {
        invalid().queryParam("kind", "speech").get("/api/v1/sources").then().statusCode(400)
                .body("errors[0].name", is("kind"));
    }
}
