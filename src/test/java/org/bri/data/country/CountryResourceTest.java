package org.bri.data.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The referenced countries: codes, names and regions from seeds/data/countries.json, counts from the records. */
@QuarkusTest
class CountryResourceTest {

    static Stream<String> countryCodes() {
        return Seeds.all("countries").stream().map(c -> c.path("code").asText());
    }

    @Test
    void shouldListEveryReferencedCountry() {
        List<String> codes = api().queryParam("size", 100).get("/api/v1/countries").then().statusCode(200).extract()
                .jsonPath().getList("items.code", String.class);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(countryCodes().toList());
    }

    @ParameterizedTest
    @MethodSource("countryCodes")
    void shouldReadEachCountryByEitherCodeInAnyCase(String code) {
        JsonNode seed = Seeds.byId("countries", code);
        String alpha3 = seed.path("alpha3").asText();
        Map<String, Object> canonical = read(code);
        for (String field : List.of("code", "alpha3", "name", "region", "subregion")) {
            assertThat(canonical.get(field)).as("%s of %s", field, code).isEqualTo(Seeds.textOrNull(seed, field));
        }
        for (String other : List.of(code.toLowerCase(Locale.ROOT), alpha3, alpha3.toLowerCase(Locale.ROOT))) {
            assertThat(read(other)).as("%s read as %s", code, other).isEqualTo(canonical);
        }
    }

    @ParameterizedTest
    @MethodSource("countryCodes")
    void shouldCountTheRecordsAboutEachCountry(String code) {
        Map<String, Object> counts = Map.of(
                "projects", Seeds.where("projects", p -> Seeds.countryCodes(p).contains(code)).size(),
                "hostedProjects", Seeds.where("projects", p -> roles(p, code).contains("host")).size(),
                "partnerProjects", Seeds.where("projects", p -> roles(p, code).contains("partner")).size(),
                "metrics", Seeds.where("metrics", m -> Seeds.countryCodes(m).contains(code)).size(),
                "statements", Seeds.where("statements", s -> Seeds.countryCodes(s).contains(code)).size());
        assertThat(read(code).get("counts")).as("counts of %s", code).isEqualTo(counts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"africa", "Asia", "south-eastern asia", "EASTERN EUROPE"})
    void shouldFilterByRegionOrSubregionIgnoringCase(String region) {
        List<String> codes = api().queryParam("region", region).queryParam("size", 100).get("/api/v1/countries")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        List<String> expected = Seeds.all("countries").stream()
                .filter(c -> c.path("region").asText().equalsIgnoreCase(region)
                        || c.path("subregion").asText().equalsIgnoreCase(region))
                .map(c -> c.path("code").asText()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldSortByName() {
        List<String> names = api().queryParam("size", 100).queryParam("sort", "-name").get("/api/v1/countries").then()
                .statusCode(200).extract().jsonPath().getList("items.name", String.class);
        assertThat(names).containsExactlyElementsOf(Seeds.all("countries").stream().map(c -> c.path("name").asText())
                .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @ParameterizedTest
    @CsvSource({"ZZ", "XYZ", "france-ish"})
    void shouldAnswer404ForAnUnknownCountry(String code) {
        api().get("/api/v1/countries/" + code).then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void shouldRejectARegionNoCountryIsIn() {
        invalid().queryParam("region", "Atlantis").get("/api/v1/countries").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", hasItem("region"));
    }

    private static Map<String, Object> read(String code) {
        return api().get("/api/v1/countries/" + code).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The roles a project gives a country: none, or the one its seed entry names. */
    private static List<String> roles(JsonNode project, String code) {
        List<String> roles = new java.util.ArrayList<>();
        project.path("countries").forEach(c -> {
            if (c.path("code").asText().equals(code)) {
                roles.add(c.path("role").asText());
            }
        });
        return roles;
    }
}
