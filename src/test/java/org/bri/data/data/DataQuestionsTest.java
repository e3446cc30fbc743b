package org.bri.data.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The questions frontend users ask of the data, answered through the API and compared with the
 * answer computed from the seed files.
 */
@QuarkusTest
class DataQuestionsTest {

    @Test
    void whichFiguresDescribeTheChinaLaosRailway() {
        List<JsonNode> expected = Seeds.where("metrics", m -> m.path("project").asText().equals("china-laos-railway"));
        assertThat(expected).isNotEmpty();
        List<Map<String, Object>> figures = Lists.allItems("/api/v1/projects/china-laos-railway/metrics", 100);
        assertThat(figures).extracting(f -> (String) f.get("id"))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(m -> m.path("id").asText()).toList());
        for (Map<String, Object> figure : figures) {
            JsonNode seed = Seeds.byId("metrics", (String) figure.get("id"));
            assertThat(new BigDecimal(figure.get("value").toString())).as("value of %s", figure.get("id"))
                    .isEqualByComparingTo(seed.path("value").decimalValue());
            assertThat(figure.get("unit")).isEqualTo(seed.path("unit").asText());
            assertThat(figure.get("valueText")).isEqualTo(seed.path("valueText").asText());
            assertThat(figure).extracting("evidence", InstanceOfAssertFactories.LIST).extracting("exact")
                    .containsExactlyElementsOf(seed.path("evidence").findValuesAsText("exact"));
        }
    }

    @Test
    void whatDidCppccMembersSayAboutTechnologyTransfer() {
        // "technological" less its ending "ical" is "technolog"; "transfer" and "CPPCC" keep theirs.
        List<String> expected = Seeds.searchIds("statements", "cppcc technolog transfer");
        assertThat(expected).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/statements", 100, "q", "CPPCC technological transfer"))
                .containsExactlyInAnyOrderElementsOf(expected);

        List<String> byMembers = Seeds.searchIds("statements", "cppcc technolog");
        List<Map<String, Object>> said = Lists.allItems("/api/v1/statements", 100, "q", "CPPCC technolog");
        assertThat(said).extracting(s -> (String) s.get("id")).containsExactlyInAnyOrderElementsOf(byMembers);
        List<String> organizations = byMembers.stream().map(id -> Seeds.byId("statements", id).path("speaker")
                .asText()).map(speaker -> Seeds.textOrNull(Seeds.byId("speakers", speaker), "organization")).toList();
        assertThat(said).extracting("speaker").extracting("organization")
                .containsExactlyInAnyOrderElementsOf(organizations);
    }

    @Test
    void whichProjectsAreInPakistan() {
        List<String> expected = Seeds.ids("projects", p -> Seeds.countryCodes(p).contains("PK"));
        assertThat(expected).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/projects", 100, "country", "PAK"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void whatDidThe2023QiushiArticleReportAboutFinancialConnectivity() {
        String qiushi = "qiushi-2023-zheng-shanjie";
        List<String> metrics = Seeds.ids("metrics",
                m -> m.path("evidence").findValuesAsText("sourceId").contains(qiushi)
                        && Seeds.strings(m, "themes").contains("finance"));
        assertThat(metrics).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/metrics", 100, "source", qiushi, "theme", "finance"))
                .containsExactlyInAnyOrderElementsOf(metrics);

        // "financial" less its ending "al" is "financi", which also starts "financing".
        List<String> statements = Seeds.searchIds("statements", "financi").stream()
                .filter(id -> Seeds.byId("statements", id).path("evidence").findValuesAsText("sourceId")
                        .contains(qiushi))
                .toList();
        assertThat(statements).isNotEmpty();
        assertThat(Lists.allIds("/api/v1/statements", 100, "source", qiushi, "q", "financial"))
                .containsExactlyInAnyOrderElementsOf(statements);
    }
}
