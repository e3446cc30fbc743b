package org.bri.data.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.everyItem;
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

/** The metrics list, filters, sorts and records, values compared exactly with seeds/data/metrics.json. */
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
                .jsonPath(Lists.EXACT_NUMBERS);
        assertMetric(body.getMap(""), seed);
    }

    @Test
    void shouldServeEveryMetricExactlyAsTheSeedsHoldIt() {
        List<Map<String, Object>> items = Lists.allItems("/api/v1/metrics", 100);
        assertThat(items).hasSameSizeAs(METRICS);
        for (Map<String, Object> item : items) {
            assertMetric(item, Seeds.byId("metrics", (String) item.get("id")));
        }
    }

    @Test
    void shouldKeepEveryDigitOfLargeValues() {
        // Above 2^24 a float drops digits (43600000000 reads as 4.3599998E10), so this compares exactly.
        JsonNode seed = METRICS.stream().max(Comparator.comparing(m -> m.path("value").decimalValue())).orElseThrow();
        assertThat(seed.path("value").decimalValue()).isGreaterThan(new BigDecimal("16777216"));
        Object value = api().get("/api/v1/metrics/" + seed.path("id").asText()).then().statusCode(200).extract()
                .jsonPath(Lists.EXACT_NUMBERS).get("value");
        assertThat(decimal(value)).isEqualByComparingTo(seed.path("value").decimalValue());
    }

    @ParameterizedTest
    @CsvSource({"project, china-laos-railway", "project, 'port-of-piraeus,asian-infrastructure-investment-bank'",
            "unit, USD", "unit, 'passengers,tonnes'", "kind, forecast", "theme, finance",
            "source, sasac-2025-high-quality-bri", "country, gr"})
    void shouldFilterByField(String name, String value) {
        List<String> wanted = List.of((name.equals("country") ? value.toUpperCase(Locale.ROOT) : value).split(","));
        Predicate<JsonNode> match = switch (name) {
            case "theme" -> m -> Seeds.strings(m, "themes").stream().anyMatch(wanted::contains);
            case "country" -> m -> Seeds.countryCodes(m).stream().anyMatch(wanted::contains);
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
        JsonPath body = api().queryParam("size", 100).queryParam("sort", "-value").queryParam("unit", "USD")
                .get("/api/v1/metrics").then().statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);
        List<BigDecimal> values = body.getList("items.value").stream().map(MetricResourceTest::decimal).toList();
        // Descending by value, the id breaking ties, as the seeds give them.
        List<JsonNode> usd = METRICS.stream().filter(m -> m.path("unit").asText().equals("USD"))
                .sorted(Comparator.comparing((JsonNode m) -> m.path("value").decimalValue()).reversed()
                        .thenComparing(m -> m.path("id").asText()))
                .toList();
        assertThat(usd).hasSizeGreaterThan(1);
        assertThat(body.getList("items.id", String.class)).containsExactlyElementsOf(
                usd.stream().map(m -> m.path("id").asText()).toList());
        assertThat(values).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(usd.stream().map(m -> m.path("value").decimalValue()).toList());
    }

    @Test
    void shouldSortByDateWithUndatedLast() {
        List<String> ids = api().queryParam("size", 100).queryParam("sort", "date").get("/api/v1/metrics").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<Boolean> undated = ids.stream().map(id -> METRICS.stream().filter(m -> m.path("id").asText().equals(id))
                .findFirst().map(m -> m.path("asOf").isNull() && m.path("period").isNull()).orElseThrow()).toList();
        assertThat(Lists.isSorted(undated, Comparator.naturalOrder())).isTrue();
    }

    @Test
    void shouldFilterByIndicator() {
        String indicator = METRICS.get(0).path("indicator").asText();
        assertFilter(Map.of("indicator", indicator), m -> m.path("indicator").asText().equals(indicator));
    }

    @ParameterizedTest
    @CsvSource({"from, 2023-13", "to, 2023-02-30", "from, yesterday", "project, atlantis", "unit, furlongs",
            "kind, guess", "source, nope", "theme, nope", "sort, colour", "size, 101"})
    void shouldRejectABadParameterNamingIt(String name, String value) {
        invalid().queryParam(name, value).get("/api/v1/metrics").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400)).body("errors.name", hasItem(name))
                .body("errors.in", everyItem(is("query")));
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

    /** A metric as the API returns it (a map with exact numbers) against its seed, field by field. */
    private static void assertMetric(Map<String, Object> actual, JsonNode seed) {
        String id = seed.path("id").asText();
        assertThat(actual.get("id")).isEqualTo(id);
        for (String field : List.of("name", "indicator", "unit", "approximation", "valueText", "asOf", "kind")) {
            assertThat(actual.get(field)).as("%s of %s", field, id).isEqualTo(Seeds.textOrNull(seed, field));
        }
        assertThat(decimal(actual.get("value"))).as("value of %s", id)
                .isEqualByComparingTo(seed.path("value").decimalValue());
        if (seed.path("valueMax").isNull()) {
            assertThat(actual.get("valueMax")).as("valueMax of %s", id).isNull();
        } else {
            assertThat(decimal(actual.get("valueMax"))).as("valueMax of %s", id)
                    .isEqualByComparingTo(seed.path("valueMax").decimalValue());
        }
        assertThat(actual.get("period")).as("period of %s", id).isEqualTo(Seeds.plain(seed.path("period")));
        assertThat(actual.get("project")).as("project of %s", id)
                .isEqualTo(seed.path("project").isNull() ? null : Seeds.projectRef(seed.path("project").asText()));
        assertThat(actual.get("countries")).as("countries of %s", id).isEqualTo(Seeds.countryRefs(seed));
        assertThat(actual.get("themes")).as("themes of %s", id).isEqualTo(Seeds.strings(seed, "themes"));
        assertThat(actual.get("evidence")).as("evidence of %s", id).isEqualTo(Seeds.plain(seed.path("evidence")));
    }

    /** A JSON number read exactly (BigDecimal, Integer or Long) as a BigDecimal. */
    private static BigDecimal decimal(Object number) {
        assertThat(number).isInstanceOfAny(BigDecimal.class, Integer.class, Long.class, java.math.BigInteger.class);
        return new BigDecimal(number.toString());
    }

    private static void assertFilter(Map<String, String> query, Predicate<JsonNode> expected) {
        List<String> want = Seeds.ids("metrics", expected);
        assertThat(want).as("the seeds hold metrics for %s", query).isNotEmpty();
        List<String> got = api().queryParams(query).queryParam("size", 100).get("/api/v1/metrics").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(new HashSet<>(got)).isEqualTo(new HashSet<>(want));
    }
}
