package org.bri.data.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.util.List;

import org.bri.data.Lists;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The questions frontend users ask of the data, answered through the API with evidence. */
@QuarkusTest
class DataQuestionsTest {

    @Test
    void whichFiguresDescribeTheChinaLaosRailway() {
        List<String> units = api().get("/api/v1/projects/china-laos-railway/metrics").then().statusCode(200).extract()
                .jsonPath().getList("items.unit", String.class);
        assertThat(units).contains("passengers", "tonnes");
        List<String> quotes = api().get("/api/v1/projects/china-laos-railway/metrics").then().extract().jsonPath()
                .getList("items.evidence[0].exact", String.class);
        assertThat(quotes).allMatch(q -> q.contains("China-Laos Railway"));
    }

    @Test
    void whatDidCppccMembersSayAboutTechnologyTransfer() {
        List<String> ids = Lists.allIds("/api/v1/statements", 100, "q", "CPPCC technological transfer");
        assertThat(ids).contains("wang-lizong-technological-transfers-asean-africa-latin-america");
        List<String> organizations = api().queryParam("q", "CPPCC technolog").queryParam("size", 100)
                .get("/api/v1/statements").then().statusCode(200).extract().jsonPath()
                .getList("items.speaker.organization", String.class);
        assertThat(organizations).isNotEmpty();
    }

    @Test
    void whichProjectsAreInPakistan() {
        List<String> ids = Lists.allIds("/api/v1/projects", 100, "country", "PAK");
        assertThat(ids).contains("china-pakistan-economic-corridor", "gwadar-port");
    }

    @Test
    void whatDidThe2023QiushiArticleReportAboutFinancialConnectivity() {
        List<String> metrics = Lists.allIds("/api/v1/metrics", 100, "source", "qiushi-2023-zheng-shanjie", "theme",
                "finance");
        assertThat(metrics).contains("aiib-cumulative-financing-2023-06");
        List<String> statements = Lists.allIds("/api/v1/statements", 100, "source", "qiushi-2023-zheng-shanjie", "q",
                "financial");
        assertThat(statements).isNotEmpty();
    }
}
