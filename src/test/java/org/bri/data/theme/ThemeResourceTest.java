package org.bri.data.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ThemeResourceTest {

    @Test
    void shouldListTheFixedVocabulary() {
        assertThat(Lists.allIds("/api/v1/themes", 5)).containsExactlyInAnyOrder("connectivity", "trade", "finance",
                "green", "digital", "health", "innovation", "education-training", "poverty-reduction",
                "people-to-people", "risk-control", "integrity", "policy-coordination", "industry");
    }

    @Test
    void shouldReadOneTheme() {
        String label = Seeds.where("themes", t -> t.path("id").asText().equals("green")).get(0).path("label").asText();
        api().get("/api/v1/themes/green").then().statusCode(200).body("label", is(label));
    }

    @Test
    void shouldSortByLabel() {
        List<String> labels = api().queryParam("sort", "label").get("/api/v1/themes").then().statusCode(200).extract()
                .jsonPath().getList("items.label", String.class);
        assertThat(labels).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void shouldAnswer404ForAnUnknownTheme() {
        api().get("/api/v1/themes/astrology").then().statusCode(404).body("status", is(404));
    }
}
