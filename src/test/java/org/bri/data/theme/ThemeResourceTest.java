package org.bri.data.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
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

import io.quarkus.test.junit.QuarkusTest;

/** The theme vocabulary, exactly as seeds/data/themes.json holds it. */
@QuarkusTest
class ThemeResourceTest {

    static Stream<String> themeIds() {
        return Seeds.ids("themes", t -> true).stream();
    }

    @Test
    void shouldListTheWholeVocabularyInIdOrderByDefault() {
        List<String> ids = Seeds.ids("themes", t -> true).stream().sorted().toList();
        assertThat(Lists.allIds("/api/v1/themes", 5)).containsExactlyElementsOf(ids);
    }

    @ParameterizedTest
    @MethodSource("themeIds")
    void shouldReadEachThemeWithItsLabelAndDescription(String id) {
        Map<String, Object> body = api().get("/api/v1/themes/" + id).then().statusCode(200).extract().jsonPath()
                .getMap("");
        assertThat(body).isEqualTo(Seeds.plain(Seeds.byId("themes", id)));
    }

    @Test
    void shouldSortByLabel() {
        List<String> labels = api().queryParam("sort", "label").queryParam("size", 100).get("/api/v1/themes").then()
                .statusCode(200).extract().jsonPath().getList("items.label", String.class);
        assertThat(labels).containsExactlyElementsOf(Seeds.all("themes").stream().map(t -> t.path("label").asText())
                .sorted(Comparator.naturalOrder()).toList());
    }

    @Test
    void shouldAnswer404ForAnUnknownTheme() {
        api().get("/api/v1/themes/astrology").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }
}
