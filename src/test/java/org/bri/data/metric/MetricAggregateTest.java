package org.bri.data.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Lists;
import org.bri.data.Tokens;
import org.bri.data.common.DataVersion;
import org.bri.data.common.PartialDate;
import org.bri.data.curation.WrittenRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The metric aggregate: every expected group, value and id is computed here from the metric list the API serves,
 * never written down.
 */
@QuarkusTest
class MetricAggregateTest {

    private static final String PATH = "/api/v1/metrics/aggregate";

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenMetrics() {
        WrittenRecords.remove(em, version);
    }

    @ParameterizedTest
    @EnumSource(AggregateGroupBy.class)
    void shouldCountEveryFigureInTheGroupsOfItsKeysWithTheIdsBehindEach(AggregateGroupBy groupBy) {
        List<Map<String, Object>> metrics = Lists.allItems("/api/v1/metrics", 100);
        Map<String, String> sourceTitles = new HashMap<>();
        Lists.allItems("/api/v1/sources", 100)
                .forEach(s -> sourceTitles.put((String) s.get("id"), (String) s.get("title")));
        Map<String, String> themeLabels = new HashMap<>();
        Lists.allItems("/api/v1/themes", 100)
                .forEach(t -> themeLabels.put((String) t.get("id"), (String) t.get("label")));
        Map<String, Set<String>> expected = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, String> labels = new HashMap<>();
        for (Map<String, Object> m : metrics) {
            Map<String, String> keys = keysOf(m, groupBy, sourceTitles, themeLabels);
            for (Map.Entry<String, String> key : (keys.isEmpty() ? mapWithNull() : keys).entrySet()) {
                expected.computeIfAbsent(key.getKey(), k -> new TreeSet<>()).add((String) m.get("id"));
                labels.put(key.getKey(), key.getValue());
            }
        }

        JsonPath body = aggregate(api(), "groupBy", groupBy.slug()).then().statusCode(200).extract()
                .jsonPath(Lists.EXACT_NUMBERS);
        assertThat(body.getString("stat")).isEqualTo("count");
        assertThat(body.getInt("metrics")).isEqualTo(metrics.size());
        List<Map<String, Object>> groups = body.getList("groups");
        assertThat(groups).extracting(g -> g.get("key")).containsExactlyElementsOf(expected.keySet());
        for (Map<String, Object> group : groups) {
            Set<String> ids = expected.get((String) group.get("key"));
            assertThat(group.get("metricIds")).as("ids of %s", group.get("key")).isEqualTo(List.copyOf(ids));
            assertThat(decimal(group.get("value"))).isEqualByComparingTo(BigDecimal.valueOf(ids.size()));
            assertThat(group.get("label")).isEqualTo(labels.get((String) group.get("key")));
            // A count of figures is exact, whatever the figures say.
            assertThat(group.get("bound")).isEqualTo("exact");
            assertThat((List<?>) group.get("approximations")).isEmpty();
            assertThat((List<?>) group.get("excluded")).isEmpty();
        }
    }

    @Test
    void shouldPutAFigureInTheYearItsTimeEnds() {
        Map<String, Object> multiYear = Lists.allItems("/api/v1/metrics", 100).stream()
                .filter(m -> m.get("period") instanceof Map<?, ?> p && p.get("from") != null
                        && !Objects.equals(p.get("from"), p.get("to")))
                .findFirst().orElseThrow();
        String id = (String) multiYear.get("id");
        Map<?, ?> period = (Map<?, ?>) multiYear.get("period");
        String endYear = String.valueOf(PartialDate.parse((String) period.get("to")).last().getYear());
        String startYear = String.valueOf(PartialDate.parse((String) period.get("from")).first().getYear());

        List<Map<String, Object>> groups = aggregate(api(), "indicator", multiYear.get("indicator"), "groupBy", "year")
                .then().statusCode(200).extract().jsonPath().getList("groups");

        assertThat(groups).filteredOn(g -> ((List<?>) g.get("metricIds")).contains(id)).extracting(g -> g.get("key"))
                .containsExactly(endYear).doesNotContain(startYear);
    }

    @Test
    void shouldAnswerTheSameFiguresAsTheListUnderTheSameFilters() {
        List<String> listed = Lists.allIds("/api/v1/metrics", 100, "from", "2023", "to", "2023", "theme", "finance");
        JsonPath body = aggregate(api(), "from", "2023", "to", "2023", "theme", "finance", "groupBy", "project").then()
                .statusCode(200).extract().jsonPath();
        assertThat(body.getInt("metrics")).isEqualTo(listed.size());
        assertThat(body.<String>getList("groups.metricIds.flatten()")).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void shouldSumFiguresOfDifferentSeriesAndMarkMoreThanFiguresAsALowerBound() {
        String indicator = "people-trained";
        List<Map<String, Object>> figures = Lists.allItems("/api/v1/metrics", 100, "indicator", indicator);
        // Each is about another project, so none stands for another: the sum adds them all.
        assertThat(figures.stream().map(m -> seriesOf(m)).distinct()).hasSameSizeAs(figures);
        assertThat(figures).extracting(m -> m.get("approximation")).containsOnly("more-than");
        assertThat(figures.stream().map(m -> lastDay(m).getYear()).distinct()).hasSize(1);
        BigDecimal total = figures.stream().map(m -> decimal(m.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);

        JsonPath body = aggregate(api(), "indicator", indicator, "stat", "sum", "groupBy", "year").then()
                .statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);

        assertThat(body.getList("units")).containsExactly(figures.get(0).get("unit"));
        assertThat(body.getList("groups")).hasSize(1);
        assertThat(decimal(body.get("groups[0].value"))).isEqualByComparingTo(total);
        assertThat(body.getString("groups[0].bound")).isEqualTo("lower");
        assertThat(body.getList("groups[0].approximations")).containsExactly("more-than");
        assertThat(body.getList("groups[0].metricIds"))
                .containsExactlyElementsOf(figures.stream().map(m -> (String) m.get("id")).sorted().toList());
    }

    @Test
    void shouldSumOnlyTheLatestPointInTimeFigureOfEachSeries() {
        String indicator = "bri-age";
        List<Map<String, Object>> figures = Lists.allItems("/api/v1/metrics", 100, "indicator", indicator);
        assertThat(figures).allMatch(m -> m.get("period") == null && m.get("asOf") != null);
        Map<String, List<Map<String, Object>>> series = figures.stream()
                .collect(Collectors.groupingBy(MetricAggregateTest::seriesOf));
        List<Map<String, Object>> latest = series.values().stream()
                .map(one -> one.stream().max(latestLast()).orElseThrow()).toList();
        assertThat(latest).hasSizeLessThan(figures.size());
        BigDecimal total = latest.stream().map(m -> decimal(m.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> superseded = figures.stream().filter(m -> !latest.contains(m)).map(m -> (String) m.get("id"))
                .sorted().toList();

        JsonPath body = aggregate(api(), "indicator", indicator, "stat", "sum", "groupBy", "project").then()
                .statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);

        assertThat(decimal(body.get("groups[0].value"))).isEqualByComparingTo(total);
        assertThat(body.getList("groups[0].metricIds"))
                .containsExactlyElementsOf(latest.stream().map(m -> (String) m.get("id")).sorted().toList());
        assertThat(body.<String>getList("groups[0].excluded.id")).containsExactlyElementsOf(superseded);
        assertThat(body.<String>getList("groups[0].excluded.reason")).containsOnly("superseded");
    }

    @Test
    void shouldSumPeriodsThatDoNotOverlapAndLeaveOutACumulativeTotalAndALevelOfTheSameSeries() {
        Map<String, Object> cumulative = Lists.allItems("/api/v1/metrics", 100, "indicator", "total-trade").get(0);
        Map<?, ?> span = (Map<?, ?>) cumulative.get("period");
        int lastYear = PartialDate.parse((String) span.get("to")).last().getYear();
        // Two yearly figures within its period and a level of the same series: same indicator, no project, same countries.
        write(cumulative, "test-trade-year-before", Map.of("from", (lastYear - 1) + "", "to", (lastYear - 1) + ""),
                null, "1000000000000", "exact");
        write(cumulative, "test-trade-last-year", Map.of("from", lastYear + "", "to", lastYear + ""), null,
                "2000000000000", "nearly");
        write(cumulative, "test-trade-level", null, lastYear + "-06", "5000000000000", "exact");
        List<Map<String, Object>> figures = Lists.allItems("/api/v1/metrics", 100, "indicator", "total-trade");
        assertThat(figures).hasSize(4);
        BigDecimal yearly = figures.stream().filter(m -> ((String) m.get("id")).startsWith("test-trade-")
                && m.get("period") != null).map(m -> decimal(m.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);

        JsonPath whole = aggregate(api(), "indicator", "total-trade", "stat", "sum", "groupBy", "project").then()
                .statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);
        assertThat(whole.getList("groups")).hasSize(1);
        assertThat(decimal(whole.get("groups[0].value"))).isEqualByComparingTo(yearly);
        assertThat(whole.getList("groups[0].metricIds")).containsExactly("test-trade-last-year",
                "test-trade-year-before");
        assertThat(whole.getList("groups[0].excluded")).containsExactly(
                Map.of("id", cumulative.get("id"), "reason", "overlapping-period"),
                Map.of("id", "test-trade-level", "reason", "level-with-periods"));
        // An exact figure and a "nearly" one: at most this much.
        assertThat(whole.getString("groups[0].bound")).isEqualTo("upper");
        assertThat(whole.getList("groups[0].approximations")).containsExactly("nearly");

        JsonPath byYear = aggregate(api(), "indicator", "total-trade", "stat", "sum", "groupBy", "year").then()
                .statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);
        assertThat(byYear.getList("groups.key")).containsExactly((lastYear - 1) + "", lastYear + "");
        assertThat(byYear.getList("groups[1].metricIds")).containsExactly("test-trade-last-year");
    }

    @Test
    void shouldMarkAGroupOfMoreThanAndNearlyFiguresAsApproximate() {
        Map<String, Object> cumulative = Lists.allItems("/api/v1/metrics", 100, "indicator", "total-trade").get(0);
        Map<?, ?> span = (Map<?, ?>) cumulative.get("period");
        int lastYear = PartialDate.parse((String) span.get("to")).last().getYear();
        write(cumulative, "test-trade-more", Map.of("from", (lastYear + 1) + "", "to", (lastYear + 1) + ""), null,
                "1000000000000", "more-than");
        write(cumulative, "test-trade-nearly", Map.of("from", (lastYear + 2) + "", "to", (lastYear + 2) + ""), null,
                "1000000000000", "nearly");

        aggregate(api(), "indicator", "total-trade", "stat", "sum", "groupBy", "project", "from", (lastYear + 1) + "")
                .then().statusCode(200).body("groups[0].bound", is("approximate"))
                .body("groups[0].approximations", is(List.of("more-than", "nearly")))
                .body("groups[0].metricIds", is(List.of("test-trade-more", "test-trade-nearly")));
    }

    @ParameterizedTest
    @CsvSource({"min", "max", "latest"})
    void shouldTakeTheValueAndTheBoundOfTheOneFigureTheStatisticChooses(String stat) {
        String indicator = "bri-age";
        List<Map<String, Object>> figures = Lists.allItems("/api/v1/metrics", 100, "indicator", indicator);
        Comparator<Map<String, Object>> byValue = Comparator.comparing(m -> decimal(m.get("value")));
        // Ties go to the smaller id.
        Comparator<Map<String, Object>> firstWins = Comparator.comparing(m -> (String) m.get("id"),
                Comparator.reverseOrder());
        Map<String, Object> chosen = switch (stat) {
            case "min" -> figures.stream().min(byValue.thenComparing(firstWins.reversed())).orElseThrow();
            case "max" -> figures.stream().max(byValue.thenComparing(firstWins)).orElseThrow();
            default -> figures.stream().max(latestLast()).orElseThrow();
        };

        JsonPath body = aggregate(api(), "indicator", indicator, "stat", stat, "groupBy", "project").then()
                .statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);

        assertThat(body.getList("groups")).hasSize(1);
        assertThat(body.getList("groups[0].metricIds")).containsExactly(chosen.get("id"));
        assertThat(decimal(body.get("groups[0].value"))).isEqualByComparingTo(decimal(chosen.get("value")));
        assertThat(body.getString("groups[0].bound")).isEqualTo(boundOf((String) chosen.get("approximation")));
    }

    @Test
    void shouldTakeTheLatestFigureOfEveryIndicatorAndProject() {
        for (Map<String, Object> indicator : Lists.allItems("/api/v1/indicators", 100)) {
            if (((List<?>) indicator.get("units")).size() > 1 || ((List<?>) indicator.get("kinds")).size() > 1) {
                continue;
            }
            String id = (String) indicator.get("id");
            Map<String, Map<String, Object>> expected = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            for (Map<String, Object> m : Lists.allItems("/api/v1/metrics", 100, "indicator", id)) {
                String project = m.get("project") instanceof Map<?, ?> p ? (String) p.get("id") : null;
                expected.merge(project, m, (a, b) -> latestLast().compare(a, b) >= 0 ? a : b);
            }
            List<Map<String, Object>> groups = aggregate(api(), "indicator", id, "stat", "latest", "groupBy",
                    "project").then().statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS).getList("groups");
            assertThat(groups).extracting(g -> g.get("key")).as(id).containsExactlyElementsOf(expected.keySet());
            for (Map<String, Object> group : groups) {
                Map<String, Object> chosen = expected.get((String) group.get("key"));
                assertThat(group.get("metricIds")).as(id).isEqualTo(List.of(chosen.get("id")));
                assertThat(decimal(group.get("value"))).isEqualByComparingTo(decimal(chosen.get("value")));
                assertThat(group.get("bound")).as(id).isEqualTo(boundOf((String) chosen.get("approximation")));
            }
        }
    }

    @Test
    void shouldLinkEveryGroupToFiguresWithEvidence() {
        JsonPath body = aggregate(api(), "indicator", "people-trained", "stat", "sum", "groupBy", "source").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = body.getList("groups");
        assertThat(groups).isNotEmpty();
        for (Map<String, Object> group : groups) {
            for (Object id : (List<?>) group.get("metricIds")) {
                api().get("/api/v1/metrics/" + id).then().statusCode(200)
                        .body("evidence.sourceId", hasItem(group.get("key")));
            }
        }
    }

    @Test
    void shouldRefuseToCombineFiguresInDifferentUnitsNamingThem() {
        List<String> indicators = List.of("bri-age", "people-trained");
        Set<String> units = new TreeSet<>();
        indicators.forEach(i -> Lists.allItems("/api/v1/metrics", 100, "indicator", i)
                .forEach(m -> units.add((String) m.get("unit"))));
        assertThat(units).hasSizeGreaterThan(1);

        var refused = aggregate(api(), "indicator", indicators, "stat", "sum").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(List.of("unit")))
                .body("errors[0].in", is("query"));
        for (String unit : units) {
            refused.body("errors[0].detail", containsString(unit)).body("errors[0].detail",
                    containsString("unit=" + unit));
        }
        // Narrowed to one unit by the filters, the same figures add up; counting them needs no one unit.
        aggregate(api(), "indicator", indicators, "stat", "sum", "unit", units.iterator().next()).then()
                .statusCode(200).body("units", is(List.of(units.iterator().next())));
        aggregate(api(), "indicator", indicators, "stat", "count").then().statusCode(200)
                .body("units", is(List.copyOf(units)));
    }

    @Test
    void shouldRefuseToMixObservedFiguresWithForecastsNamingTheKinds() {
        List<String> indicators = List.of("people-trained", "people-lifted-out-of-extreme-poverty");
        Set<String> kinds = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        indicators.forEach(i -> Lists.allItems("/api/v1/metrics", 100, "indicator", i).forEach(m -> {
            kinds.add((String) m.get("kind"));
            units.add((String) m.get("unit"));
        }));
        assertThat(kinds).contains("observed", "forecast");
        assertThat(units).hasSize(1);

        for (String stat : List.of("sum", "min", "max", "latest")) {
            var refused = aggregate(api(), "indicator", indicators, "stat", stat).then().statusCode(400)
                    .body("errors.name", is(List.of("kind")));
            kinds.forEach(kind -> refused.body("errors[0].detail", containsString("kind=" + kind)));
        }
        aggregate(api(), "indicator", indicators, "stat", "max", "kind", "forecast").then().statusCode(200)
                .body("kinds", is(List.of("forecast")));
    }

    @Test
    void shouldRequireAnIndicatorToCombineValuesButNotToCount() {
        for (String stat : List.of("sum", "min", "max", "latest")) {
            invalid().queryParam("stat", stat).get(PATH).then().statusCode(400)
                    .body("errors.name", is(List.of("indicator")))
                    .body("errors[0].detail", containsString("stat=" + stat));
        }
        api().queryParam("stat", "count").get(PATH).then().statusCode(200).body("stat", is("count"))
                .body("groupBy", is("year"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "stat|median|'median' is not one of [sum, count, min, max, latest]",
            "groupBy|month|'month' is not one of [year, country, project, theme, source]",
            "indicator|no-such-indicator|unknown value 'no-such-indicator'", "unit|parsecs|unknown value 'parsecs'",
            "kind|guess|'guess' is not one of [observed, target, forecast]",
            "page|2|is not a parameter of this endpoint", "size|5|is not a parameter of this endpoint",
            "sort|-value|is not a parameter of this endpoint", "stats|sum|is not a parameter of this endpoint"})
    void shouldRejectAnUnknownParameterOrValueNamingIt(String name, String value, String detail) {
        invalid().queryParam(name, value).get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", is(List.of(name))).body("errors[0].detail", containsString(detail))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRefuseAMetricWhoseIdIsTheAggregatePath() {
        Map<String, Object> draft = draft(Lists.allItems("/api/v1/metrics", 100, "indicator", "total-trade").get(0),
                MetricAggregateResource.RESERVED_ID, null, "2022", "1", "exact");
        api().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.of("alice@example.org",
                "curator")).body(draft).post("/api/v1/metrics").then().statusCode(422)
                .body("errors.name", is(List.of("/id")));
    }

    private static io.restassured.response.Response aggregate(RequestSpecification request,
            Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] instanceof List<?> values) {
                request.queryParam((String) namesAndValues[i], values);
            } else {
                request.queryParam((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return request.get(PATH);
    }

    /** Writes a copy of a figure with its own id, time, value and approximation, quoting the same passage. */
    private static void write(Map<String, Object> like, String id, Map<String, String> period, String asOf,
            String value, String approximation) {
        api().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.of("alice@example.org",
                "curator")).body(draft(like, id, period, asOf, value, approximation)).post("/api/v1/metrics").then()
                .statusCode(201);
    }

    private static Map<String, Object> draft(Map<String, Object> like, String id, Map<String, String> period,
            String asOf, String value, String approximation) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("id", id);
        draft.put("name", "Test figure " + id);
        draft.put("indicator", like.get("indicator"));
        draft.put("value", new BigDecimal(value));
        draft.put("unit", like.get("unit"));
        draft.put("approximation", approximation);
        draft.put("valueText", like.get("valueText"));
        draft.put("period", period);
        draft.put("asOf", asOf);
        draft.put("kind", like.get("kind"));
        draft.put("project", like.get("project") instanceof Map<?, ?> p ? p.get("id") : null);
        draft.put("countries", ((List<?>) like.get("countries")).stream().map(c -> ((Map<?, ?>) c).get("code"))
                .toList());
        draft.put("themes", like.get("themes"));
        Map<?, ?> evidence = (Map<?, ?>) ((List<?>) like.get("evidence")).get(0);
        draft.put("evidence", List.of(Map.of("sourceId", evidence.get("sourceId"), "exact", evidence.get("exact"))));
        return draft;
    }

    /** The keys and labels of the groups a figure falls in. */
    private static Map<String, String> keysOf(Map<String, Object> m, AggregateGroupBy groupBy,
            Map<String, String> sourceTitles, Map<String, String> themeLabels) {
        Map<String, String> keys = new TreeMap<>();
        switch (groupBy) {
            case YEAR -> {
                if (lastDay(m) != null) {
                    keys.put(lastDay(m).getYear() + "", lastDay(m).getYear() + "");
                }
            }
            case PROJECT -> {
                if (m.get("project") instanceof Map<?, ?> p) {
                    keys.put((String) p.get("id"), (String) p.get("name"));
                }
            }
            case COUNTRY -> ((List<?>) m.get("countries"))
                    .forEach(c -> keys.put((String) ((Map<?, ?>) c).get("code"), (String) ((Map<?, ?>) c).get("name")));
            case THEME -> ((List<?>) m.get("themes")).forEach(t -> keys.put((String) t, themeLabels.get(t)));
            case SOURCE -> ((List<?>) m.get("evidence")).forEach(e -> {
                String source = (String) ((Map<?, ?>) e).get("sourceId");
                keys.put(source, sourceTitles.get(source));
            });
        }
        return keys;
    }

    private static Map<String, String> mapWithNull() {
        Map<String, String> none = new HashMap<>();
        none.put(null, null);
        return none;
    }

    /** A series: one indicator about the same project and countries. */
    private static String seriesOf(Map<String, Object> m) {
        String project = m.get("project") instanceof Map<?, ?> p ? (String) p.get("id") : "";
        String countries = ((List<?>) m.get("countries")).stream().map(c -> (String) ((Map<?, ?>) c).get("code"))
                .sorted().collect(Collectors.joining(","));
        return m.get("indicator") + "|" + project + "|" + countries;
    }

    /** Orders figures by the last day of their time, then its first day, then the larger id: the latest is last. */
    private static Comparator<Map<String, Object>> latestLast() {
        Function<Map<String, Object>, LocalDate> last = MetricAggregateTest::lastDay;
        Function<Map<String, Object>, LocalDate> first = MetricAggregateTest::firstDay;
        return Comparator.comparing(last, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(first, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(m -> (String) m.get("id"), Comparator.reverseOrder());
    }

    private static LocalDate lastDay(Map<String, Object> m) {
        String date = m.get("period") instanceof Map<?, ?> p
                ? (String) Objects.requireNonNullElse(p.get("to"), p.get("from"))
                : (String) m.get("asOf");
        return date == null ? null : PartialDate.parse(date).last();
    }

    private static LocalDate firstDay(Map<String, Object> m) {
        String date = m.get("period") instanceof Map<?, ?> p
                ? (String) Objects.requireNonNullElse(p.get("from"), p.get("to"))
                : (String) m.get("asOf");
        return date == null ? null : PartialDate.parse(date).first();
    }

    /** What one figure's approximation makes of its value, as the contract words it. */
    private static String boundOf(String approximation) {
        return switch (approximation) {
            case "exact" -> "exact";
            case "more-than", "range" -> "lower";
            case "nearly", "up-to" -> "upper";
            default -> "approximate";
        };
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
