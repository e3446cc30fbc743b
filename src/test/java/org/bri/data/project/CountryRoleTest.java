package org.bri.data.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Where a project is (host) and who takes part in it (partner): the data, the filters and the counts. */
@QuarkusTest
class CountryRoleTest {

    /** The rule's three cases, as seeds/README.md states them, read back through the API. */
    @ParameterizedTest
    @CsvSource({
            // A joint project: built in Indonesia, "jointly built by China and Indonesia".
            "jakarta-bandung-high-speed-railway, ID:host CN:partner",
            // A multilateral body China initiated: no host country is named.
            "asian-infrastructure-investment-bank, CN:partner",
            // A programme run abroad: a Luban Workshop in Tajikistan, run by China.
            "luban-workshops, TJ:host CN:partner",
            // A railway that runs in both countries.
            "china-laos-railway, CN:host LA:host"})
    void shouldGiveEachCountryTheRoleTheDocumentsSupport(String project, String roles) {
        List<Map<String, String>> countries = api().get("/api/v1/projects/" + project).then().statusCode(200)
                .extract().jsonPath().getList("countries");
        List<String> actual = countries.stream().map(c -> c.get("code") + ":" + c.get("role")).toList();
        assertThat(actual).containsExactlyInAnyOrder(roles.split(" "));
    }

    @Test
    void shouldFindJointProjectsAndChinaInitiatedBodiesUnderChina() {
        List<String> partners = Lists.allIds("/api/v1/projects", 100, "country", "CN", "countryRole", "partner");
        assertThat(partners).contains("jakarta-bandung-high-speed-railway", "chancay-port", "china-thailand-railway",
                "asian-infrastructure-investment-bank", "green-silk-road-envoys-program", "luban-workshops");
        assertThat(Lists.allIds("/api/v1/projects", 100, "country", "CN")).containsAll(partners);
    }

    /** Every country in every role, and in any role, answers exactly what the seed files say. */
    @Test
    void shouldFilterByCountryAndRoleExactlyAsTheSeedsSay() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode p : Seeds.all("projects")) {
            for (JsonNode c : p.path("countries")) {
                String code = c.path("code").asText();
                expected.computeIfAbsent(code + " " + c.path("role").asText(), k -> new HashSet<>())
                        .add(p.path("id").asText());
                expected.computeIfAbsent(code + " any", k -> new HashSet<>()).add(p.path("id").asText());
            }
        }
        expected.forEach((key, ids) -> {
            String[] parts = key.split(" ");
            List<Object> query = new ArrayList<>(List.of("country", parts[0]));
            if (!parts[1].equals("any")) {
                query.addAll(List.of("countryRole", parts[1]));
            }
            assertThat(Lists.allIds("/api/v1/projects", 100, query.toArray())).as(key)
                    .containsExactlyInAnyOrderElementsOf(ids);
        });
    }

    @Test
    void shouldFindEveryProjectWithAPartnerWhenOnlyTheRoleIsGiven() {
        List<String> expected = Seeds.ids("projects",
                p -> p.path("countries").findValuesAsText("role").contains("partner"));
        assertThat(Lists.allIds("/api/v1/projects", 100, "countryRole", "partner"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldCountHostedAndPartnerProjectsPerCountry() {
        for (JsonNode country : Seeds.all("countries")) {
            String code = country.path("code").asText();
            long hosted = count(code, "host");
            long partner = count(code, "partner");
            api().get("/api/v1/countries/" + code).then().statusCode(200)
                    .body("counts.hostedProjects", org.hamcrest.Matchers.is((int) hosted))
                    .body("counts.partnerProjects", org.hamcrest.Matchers.is((int) partner))
                    .body("counts.projects", org.hamcrest.Matchers.is((int) (hosted + partner)));
        }
    }

    @Test
    void shouldRejectAnUnknownRole() {
        org.bri.data.Api.invalid().queryParam("countryRole", "owner").get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", org.hamcrest.Matchers.hasItem("countryRole"));
    }

    private static long count(String code, String role) {
        return Seeds.all("projects").stream().filter(p -> {
            for (JsonNode c : p.path("countries")) {
                if (c.path("code").asText().equals(code) && c.path("role").asText().equals(role)) {
                    return true;
                }
            }
            return false;
        }).count();
    }
}
