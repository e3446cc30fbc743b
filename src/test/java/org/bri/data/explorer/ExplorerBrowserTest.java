package org.bri.data.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The explorer page in a real headless Chromium, at a desktop and at a phone viewport, against the service and its
 * data: what it shows must be what the API answers for the same question. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {

    @TestHTTPResource("/")
    URL root;

    /** One browser per viewport, for all the tests. */
    private final Map<Browser.Viewport, Browser> browsers = new HashMap<>();

    static Stream<Browser.Viewport> viewports() {
        return Stream.of(Browser.DESKTOP, Browser.PHONE);
    }

    private Browser browser(Browser.Viewport viewport) {
        return browsers.computeIfAbsent(viewport, v -> new Browser(v, root.toString()));
    }

    @AfterEach
    void noConsoleErrors() {
        // Every test leaves the log read up to its end; an error it did not expect fails it here.
        browsers.values()
                .forEach(b -> assertThat(b.consoleErrors()).as("console errors on %s", b.viewport()).isEmpty());
    }

    @AfterAll
    void closeBrowsers() {
        browsers.values().forEach(Browser::close);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewports")
    void shouldFilterProjectsByCountryWithTheListAndCountsTheApiGives(Browser.Viewport viewport) {
        Browser browser = browser(viewport);
        JsonPath all = api().queryParam("facets", "country").get("/api/v1/projects").then().statusCode(200).extract()
                .jsonPath();
        // The country with the most projects that is not every project, so that the filter changes the list.
        long total = all.getLong("totalItems");
        String country = all.<Map<String, Object>>getList("facets.country").stream()
                .filter(v -> ((Number) v.get("count")).longValue() < total).map(v -> (String) v.get("value"))
                .findFirst().orElseThrow();

        browser.open("");
        assertThat(browser.find(".result-count").getAttribute("data-total")).isEqualTo(String.valueOf(total));
        browser.assertNoHorizontalScroll();
        browser.screenshot("1-projects", true);

        openFilters(browser);
        browser.clickAndWait(browser.find("fieldset[data-facet=country] input[value='" + country + "']"));
        assertThat(browser.hash()).contains("country=" + country);
        JsonPath filtered = api().queryParam("country", country).queryParam("facets", "country", "theme", "status")
                .get("/api/v1/projects").then().statusCode(200).extract().jsonPath();
        assertThat(browser.find(".result-count").getAttribute("data-total"))
                .isEqualTo(String.valueOf(filtered.getLong("totalItems")));
        assertThat(shownIds(browser, "li.project-card")).isEqualTo(filtered.getList("items.id"));
        for (String facet : List.of("country", "theme", "status")) {
            assertThat(shownCounts(browser, facet)).as("%s facet", facet).isEqualTo(counts(filtered, facet));
        }
        assertThat(browser.find("fieldset[data-facet=country] input[value='" + country + "']").isSelected()).isTrue();
        browser.assertNoHorizontalScroll();
        browser.screenshot("2-projects-by-country", true);

        if (filtered.getInt("totalPages") > 1) {
            browser.clickAndWait(browser.find(".pager a[rel=next]"));
            List<String> second = api().queryParam("country", country).queryParam("page", 2).get("/api/v1/projects")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            assertThat(shownIds(browser, "li.project-card")).isEqualTo(second);
            // The back button returns to the first page, filter kept.
            browser.back();
            assertThat(shownIds(browser, "li.project-card")).isEqualTo(filtered.getList("items.id"));
        }

        WebElement first = browser.find("li.project-card h3 a");
        String name = first.getText();
        browser.clickAndWait(first);
        assertThat(browser.find("h1").getText()).isEqualTo(name);
        browser.back();
        assertThat(browser.hash()).contains("country=" + country);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewports")
    void shouldShowAProjectsFiguresAndStatementsAndHighlightAQuoteInItsSource(Browser.Viewport viewport) {
        Browser browser = browser(viewport);
        String id = projectWithFiguresAndStatements();
        JsonPath project = api().get("/api/v1/projects/" + id).then().statusCode(200).extract().jsonPath();
        JsonPath metrics = api().queryParam("size", 100).get("/api/v1/projects/" + id + "/metrics").then()
                .statusCode(200).extract().jsonPath();
        JsonPath statements = api().queryParam("size", 100).get("/api/v1/projects/" + id + "/statements").then()
                .statusCode(200).extract().jsonPath();

        browser.open("#/projects/" + id);
        assertThat(browser.find("h1").getText()).isEqualTo(project.getString("name"));
        assertThat(shownIds(browser, "li.figure")).isEqualTo(metrics.getList("items.id"));
        assertThat(shownIds(browser, "li.statement")).isEqualTo(statements.getList("items.id"));
        assertThat(browser.all("li.figure .figure-value").stream().map(WebElement::getText).toList())
                .isEqualTo(metrics.getList("items.valueText"));
        browser.assertNoHorizontalScroll();
        browser.screenshot("3-project", true);

        WebElement quote = browser.all("li.statement").get(0);
        String statementId = quote.getAttribute("data-id");
        browser.clickAndWait(quote.findElement(By.cssSelector("a.passage-link")));
        JsonPath statement = api().get("/api/v1/statements/" + statementId).then().statusCode(200).extract()
                .jsonPath();
        assertPassage(browser, statement.getString("evidence[0].sourceId"), statement.getString("evidence[0].exact"));
        browser.screenshot("4-quote-in-source", false);

        browser.back();
        assertThat(browser.find("h1").getText()).isEqualTo(project.getString("name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewports")
    void shouldChartAnIndicatorWithABarPerGroupLeadingToItsFigures(Browser.Viewport viewport) {
        Browser browser = browser(viewport);
        // The page opens on the indicator with the most figures, summed by year.
        JsonPath indicator = api().queryParam("sort", "-metrics").queryParam("size", 1).get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath();
        String id = indicator.getString("items[0].id");
        JsonPath sum = aggregate(indicator, "sum");

        browser.open("");
        browser.clickAndWait(browser.find("[data-nav=indicators]"));
        List<Map<String, Object>> groups = sum.getList("groups");
        assertThat(groups).isNotEmpty();
        assertThat(browser.find("#indicator-select").getAttribute("value")).isEqualTo(id);
        assertThat(browser.all("svg.chart a.bar")).hasSize(groups.size());
        assertThat(shownKeys(browser)).isEqualTo(groups.stream().map(g -> key(g)).toList());
        browser.assertNoHorizontalScroll();
        browser.screenshot("5-indicator-chart", true);

        // A bar leads to the figures its value is computed from.
        Map<String, Object> last = groups.get(groups.size() - 1);
        List<WebElement> bars = browser.all("svg.chart a.bar");
        browser.clickAndWait(bars.get(bars.size() - 1));
        assertThat(browser.find(".group-figures").getAttribute("data-key")).isEqualTo(key(last));
        assertThat(shownIds(browser, ".group-figures > .figure-grid:not(.excluded) > li.figure"))
                .isEqualTo(last.get("metricIds"));
        browser.assertNoHorizontalScroll();
        browser.screenshot("6-figures-behind-a-bar", true);

        String metricId = browser.find(".group-figures li.figure").getAttribute("data-id");
        browser.clickAndWait(browser.find(".group-figures li.figure a.passage-link"));
        JsonPath metric = api().get("/api/v1/metrics/" + metricId).then().statusCode(200).extract().jsonPath();
        assertPassage(browser, metric.getString("evidence[0].sourceId"), metric.getString("evidence[0].exact"));
        assertThat(browser.find(".supports").getText()).contains(metric.getString("valueText"));
        browser.screenshot("7-figure-in-source", false);
        browser.back();

        // Another statistic: as many bars as the API's groups for it.
        JsonPath latest = aggregate(indicator, "latest");
        browser.selectAndWait("#stat-select", "latest");
        assertThat(browser.hash()).contains("stat=latest");
        assertThat(browser.all("svg.chart a.bar")).hasSize(latest.getList("groups").size());
        browser.assertNoHorizontalScroll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewports")
    void shouldShowAProblemTheApiAnswersReadably(Browser.Viewport viewport) {
        Browser browser = browser(viewport);
        String detail = api().get("/api/v1/projects/no-such-project").then().statusCode(404).extract().jsonPath()
                .getString("detail");

        browser.open("#/projects/no-such-project");
        WebElement problem = browser.find(".problem[role=alert]");
        assertThat(problem.getText()).contains("404", detail);
        browser.assertNoHorizontalScroll();
        browser.screenshot("8-problem", false);
        // The browser reports the failed request itself; that is the one error expected here.
        assertThat(browser.consoleErrors()).allSatisfy(error -> assertThat(error)
                .contains("/api/v1/projects/no-such-project", "404")).isNotEmpty();
    }

    /** Opens the filters where a narrow screen folds them away. */
    private static void openFilters(Browser browser) {
        WebElement filters = browser.find("details.filters");
        if (filters.getAttribute("open") == null) {
            filters.findElement(By.tagName("summary")).click();
        }
        if (browser.viewport().phone()) {
            assertThat(browser.find("fieldset[data-facet=country]").isDisplayed()).isTrue();
        }
    }

    /** The passage view: the source's title, and the passage, exactly, in the highlight, scrolled into view. */
    private static void assertPassage(Browser browser, String sourceId, String exact) {
        String title = api().get("/api/v1/sources/" + sourceId).then().statusCode(200).extract().jsonPath()
                .getString("title");
        assertThat(browser.hash()).startsWith("#/passage/" + sourceId);
        if (title != null) {
            assertThat(browser.find("h1").getText()).isEqualTo(title);
        }
        List<WebElement> marks = browser.all(".source-text mark");
        assertThat(marks).hasSize(1);
        assertThat(browser.textContent(marks.get(0))).isEqualTo(exact);
        assertThat(browser.inView(marks.get(0))).as("the passage is scrolled into view").isTrue();
        browser.assertNoHorizontalScroll();
    }

    private static JsonPath aggregate(JsonPath indicator, String stat) {
        var request = api().queryParam("indicator", indicator.getString("items[0].id")).queryParam("groupBy", "year")
                .queryParam("stat", stat);
        // As the page does: one unit and one kind, the first of each, when the indicator has several.
        List<String> units = indicator.getList("items[0].units");
        List<String> kinds = indicator.getList("items[0].kinds");
        if (units.size() > 1) {
            request = request.queryParam("unit", units.get(0));
        }
        if (kinds.size() > 1) {
            request = request.queryParam("kind", kinds.get(0));
        }
        return request.get("/api/v1/metrics/aggregate").then().statusCode(200).extract().jsonPath();
    }

    /** A project with both figures and statements, found through the API. */
    private static String projectWithFiguresAndStatements() {
        List<String> ids = api().queryParam("size", 100).get("/api/v1/projects").then().statusCode(200).extract()
                .jsonPath().getList("items.id");
        return ids.stream().filter(id -> total("/api/v1/projects/" + id + "/metrics") > 0
                && total("/api/v1/projects/" + id + "/statements") > 0).findFirst().orElseThrow();
    }

    private static long total(String path) {
        return api().queryParam("size", 1).get(path).then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    private static List<String> shownIds(Browser browser, String css) {
        return browser.all(css).stream().map(e -> e.getAttribute("data-id")).toList();
    }

    private static List<String> shownKeys(Browser browser) {
        return browser.all("svg.chart a.bar").stream().map(e -> e.getAttribute("data-key")).toList();
    }

    private static String key(Map<String, Object> group) {
        return group.get("key") == null ? "none" : (String) group.get("key");
    }

    /** The value and count of each entry of a facet as the page lists them, shown or folded away. */
    private static Map<String, Long> shownCounts(Browser browser, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        browser.all("fieldset[data-facet=" + facet + "] li").forEach(li -> counts.put(li.getAttribute("data-value"),
                Long.parseLong(li.getAttribute("data-count"))));
        return counts;
    }

    private static Map<String, Long> counts(JsonPath page, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.<Map<String, Object>>getList("facets." + facet)
                .forEach(v -> counts.put((String) v.get("value"), ((Number) v.get("count")).longValue()));
        return counts;
    }
}
