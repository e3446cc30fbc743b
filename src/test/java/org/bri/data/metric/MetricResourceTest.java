package org.bri.data.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.bri.data.common.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MetricResourceTest {

    private static final List<JsonNode> METRICS = Seeds.all("metrics");

    @Test
    void shouldListEveryMetricAcrossPages() {
        assertThat(Lists.allIds("/api/v1/metrics", 25)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Seeds.ids("metrics", m -> true));
    }

    @Test
    void shouldWriteValuesAsPlainNumbersInBaseUnits() {
        JsonNode seed = METRICS.stream()
                .filter(m -> m.path("value").decimalValue().compareTo(new BigDecimal("1e9")) > 0)
                .findFirst().orElseThrow();
        String body = api().get("/api/v1/metrics/" + seed.path("id").asText()).then().statusCode(200).extract()
                .asString();
        assertThat(body).contains("\"value\":" + seed.path("value").decimalValue().stripTrailingZeros().toPlainString())
                .doesNotContain("E+");
    }

    @Test
    void shouldReadOneMetricWithItsEvidence() {
        JsonNode seed = METRICS.get(0);
        JsonPath body = api().get("/api/v1/metrics/" + seed.path("id").asText()).then().statusCode(200).extract()
                .jsonPath();
        assertThat(body.getString("valueText")).isEqualTo(seed.path("valueText").asText());
        assertThat(body.getString("unit")).isEqualTo(seed.path("unit").asText());
        assertThat(body.getString("kind")).isEqualTo(seed.path("kind").asText());
        assertThat(body.getString("evidence[0].exact")).contains(seed.path("valueText").asText());
    }

    @ParameterizedTest
    @CsvSource({"project, china-laos-railway", "project, 'port-of-piraeus,asian-infrastructure-investment-bank'",
            "unit, USD", "unit, 'passengers,tonnes'", "kind, forecast", "theme, finance",
            "source, sasac-2025-high-quality-bri", "country, gr"})
    void shouldFilterByField(String name, String value) {
        List<String> wanted = List.of((name.equals("country") ? value.toUpperCase(Locale.ROOT) : value).split(","));
        Predicate<JsonNode> match = switch (name) {
            case "theme" -> m -> Seeds.strings(m, "themes").stream().anyMatch(wanted::contains);
            case "country" -> m -> Seeds.strings(m, "countries").stream().anyMatch(wanted::contains);
            case "source" -> m -> m.path("evidence").findValuesAsText("sourceId").stream().anyMatch(wanted::contains);
            default -> m -> wanted.contains(m.path(name).asText());
        };
        assertFilter(Map.of(name, value), match);
    }

    @ParameterizedTest
    @CsvSource({"2023, ''", "'', 2022", "2023-06, 2023-09", "2030, ''"})
    void shouldFilterByOverlappingDates(String from, String to) {
        LocalDate first = from.isEmpty() ? LocalDate.MIN : PartialDate.parse(from).first();
        LocalDate last = to.isEmpty() ? LocalDate.MAX : PartialDate.parse(to).last();
        Map<String, String> query = new java.util.HashMap<>();
        if (!from.isEmpty()) {
            query.put("from", from);
        }
        if (!to.isEmpty()) {
            query.put("to", to);
        }
        assertFilter(query, m -> {
            String start = m.path("period").isObject() && !m.path("period").path("from").isNull()
                    ? m.path("period").path("from").asText()
                    : m.path("asOf").isNull() ? null : m.path("asOf").asText();
            String end = m.path("period").isObject() && !m.path("period").path("to").isNull()
                    ? m.path("period").path("to").asText()
                    : start;
            if (start == null) {
                return false;
            }
            return !PartialDate.parse(end).last().isBefore(first) && !PartialDate.parse(start).first().isAfter(last);
        });
    }

    @Test
    void shouldSearchNamesAndQuotes() {
        assertFilter(Map.of("q", "vaccine"), m -> (m.path("name").asText() + m.path("evidence").toString())
                .toLowerCase(Locale.ROOT).contains("vaccine"));
    }

    @Test
    void shouldSortByValueDescending() {
        List<Float> values = api().queryParam("size", 100).queryParam("sort", "-value").queryParam("unit", "USD")
                .get("/api/v1/metrics").then().statusCode(200).extract().jsonPath().getList("items.value", Float.class);
        assertThat(values).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void shouldSortByDateWithUndatedLast() {
        List<String> ids = api().queryParam("size", 100).queryParam("sort", "date").get("/api/v1/metrics").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<Boolean> undated = ids.stream().map(id -> METRICS.stream().filter(m -> m.path("id").asText().equals(id))
                .findFirst().map(m -> m.path("asOf").isNull() && m.path("period").isNull()).orElseThrow()).toList();
        assertThat(Lists.isSorted(undated, Comparator.naturalOrder())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"from, 2023-13", "to, 2023-02-30", "from, yesterday", "project, atlantis", "unit, furlongs",
            "kind, guess", "source, nope", "theme, nope", "sort, colour", "size, 101"})
    void shouldRejectABadParameterNamingIt(String name, String value) {
        invalid().queryParam(name, value).get("/api/v1/metrics").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", hasItem(name));
    }

    @Test
    void shouldRejectADateRangeThatEndsBeforeItStarts() {
        invalid().queryParam("from", "2024").queryParam("to", "2023").get("/api/v1/metrics").then().statusCode(400)
                .body("errors.name", hasItem("from"));
    }

    @Test
    void shouldAnswer404ForAnUnknownMetric() {
        api().get("/api/v1/metrics/no-such-metric").then().statusCode(404).body("status", is(404));
    }

    private static void assertFilter(Map<String, String> query, Predicate<JsonNode> expected) {
        List<String> want = Seeds.ids("metrics", expected);
        assertThat(want).as("the seeds hold metrics for %s", query).isNotEmpty();
        List<String> got = api().queryParams(query).queryParam("size", 100).get("/api/v1/metrics").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(new HashSet<>(got)).isEqualTo(new HashSet<>(want));
    }
}
