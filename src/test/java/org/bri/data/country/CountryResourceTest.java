package org.bri.data.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CountryResourceTest {

    @Test
    void shouldListEveryReferencedCountry() {
        List<String> codes = api().queryParam("size", 100).get("/api/v1/countries").then().statusCode(200).extract()
                .jsonPath().getList("items.code", String.class);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                Seeds.all("countries").stream().map(c -> c.path("code").asText()).toList());
    }

    @ParameterizedTest
    @CsvSource({"LA", "la", "LAO", "lao"})
    void shouldReadACountryByEitherCodeInAnyCase(String code) {
        api().get("/api/v1/countries/" + code).then().statusCode(200).body("code", is("LA"))
                .body("alpha3", is("LAO"));
    }

    @Test
    void shouldCountTheRecordsAboutACountry() {
        long projects = Seeds.where("projects", p -> Seeds.strings(p, "countries").contains("PK")).size();
        long metrics = Seeds.where("metrics", p -> Seeds.strings(p, "countries").contains("PK")).size();
        long statements = Seeds.where("statements", p -> Seeds.strings(p, "countries").contains("PK")).size();
        api().get("/api/v1/countries/PAK").then().statusCode(200).body("counts.projects", is((int) projects))
                .body("counts.metrics", is((int) metrics)).body("counts.statements", is((int) statements));
    }

    @Test
    void shouldFilterByRegion() {
        List<String> codes = api().queryParam("region", "africa").queryParam("size", 100).get("/api/v1/countries")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Seeds.all("countries").stream()
                .filter(c -> c.path("region").asText().equals("Africa")).map(c -> c.path("code").asText()).toList());
    }

    @Test
    void shouldSortByName() {
        List<String> names = api().queryParam("size", 100).queryParam("sort", "-name").get("/api/v1/countries").then()
                .statusCode(200).extract().jsonPath().getList("items.name", String.class);
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @ParameterizedTest
    @CsvSource({"ZZ", "XYZ", "france-ish"})
    void shouldAnswer404ForAnUnknownCountry(String code) {
        api().get("/api/v1/countries/" + code).then().statusCode(404).body("status", is(404));
    }
}
