package org.bri.data.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bri.data.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * valueMin and valueMax on the metric lists and the aggregate, against the whole list filtered here by the documented
 * rule: a figure matches when its range, value to valueMax (or value alone), overlaps the range sought.
 */
@QuarkusTest
class MetricValueRangeTest {

    private static final String PATH = "/api/v1/metrics";

    private static List<Map<String, Object>> all() {
        return Lists.allItems(PATH, 100);
    }

    /** The documented rule, written out again. */
    private static boolean matches(Map<String, Object> metric, BigDecimal min, BigDecimal max) {
        BigDecimal low = decimal(metric.get("value"));
        BigDecimal high = metric.get("valueMax") == null ? low : decimal(metric.get("valueMax"));
        return (min == null || high.compareTo(min) >= 0) && (max == null || low.compareTo(max) <= 0);
    }

    /** The ids the list serves with these bounds, which must be those the rule keeps, some but not all. */
    private static List<String> assertFiltered(String path, List<Map<String, Object>> all, BigDecimal min,
            BigDecimal max) {
        List<Object> query = new ArrayList<>();
        if (min != null) {
            query.addAll(List.of("valueMin", min.toPlainString()));
        }
        if (max != null) {
            query.addAll(List.of("valueMax", max.toPlainString()));
        }
        List<String> served = Lists.allIds(path, 100, query.toArray());
        List<String> expected = all.stream().filter(m -> matches(m, min, max)).map(m -> (String) m.get("id")).toList();
        assertThat(served).as("%s %s..%s", path, min, max).containsExactlyElementsOf(expected).isNotEmpty()
                .hasSizeLessThan(all.size());
        return served;
    }

    /** A figure given as a range whose two ends differ, and the middle of its range. */
    private static Map<String, Object> range(List<Map<String, Object>> all) {
        return all.stream().filter(m -> m.get("valueMax") != null)
                .filter(m -> decimal(m.get("valueMax")).compareTo(decimal(m.get("value"))) > 0).findFirst()
                .orElseThrow(() -> new AssertionError("the seeds have a figure given as a range"));
    }

    private static BigDecimal middle(Map<String, Object> range) {
        return decimal(range.get("value")).add(decimal(range.get("valueMax"))).divide(BigDecimal.valueOf(2), 6,
                RoundingMode.HALF_UP);
    }

    @Test
    void shouldFindAFigureWhoseRangeReachesTheLowerBoundThoughItsValueIsBelowIt() {
        List<Map<String, Object>> all = all();
        Map<String, Object> range = range(all);
        assertThat(assertFiltered(PATH, all, middle(range), null)).contains((String) range.get("id"));
    }

    @Test
    void shouldFindAFigureWhoseRangeStartsBelowTheUpperBoundThoughItsTopIsAboveIt() {
        List<Map<String, Object>> all = all();
        Map<String, Object> range = range(all);
        assertThat(assertFiltered(PATH, all, null, middle(range))).contains((String) range.get("id"));
    }

    @Test
    void shouldFindAFigureWhoseRangeHoldsTheWholeRangeSought() {
        List<Map<String, Object>> all = all();
        Map<String, Object> range = range(all);
        BigDecimal middle = middle(range);
        assertThat(assertFiltered(PATH, all, middle, middle)).contains((String) range.get("id"));
    }

    @Test
    void shouldIncludeFiguresAtEitherBound() {
        List<Map<String, Object>> all = all();
        // An exact figure's own value as both bounds: that figure, and those equal to it or around it.
        Map<String, Object> exact = all.stream().filter(m -> m.get("valueMax") == null)
                .filter(m -> decimal(m.get("value")).compareTo(BigDecimal.valueOf(1000)) > 0).findFirst()
                .orElseThrow();
        BigDecimal value = decimal(exact.get("value"));
        assertThat(assertFiltered(PATH, all, value, value)).contains((String) exact.get("id"));
    }

    @Test
    void shouldCompareDecimalsExactly() {
        List<Map<String, Object>> all = all();
        Map<String, Object> fraction = all.stream().filter(m -> m.get("valueMax") == null)
                .filter(m -> decimal(m.get("value")).stripTrailingZeros().scale() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("the seeds have an exact figure with decimals"));
        BigDecimal value = decimal(fraction.get("value"));
        assertThat(assertFiltered(PATH, all, value, null)).contains((String) fraction.get("id"));
        // One millionth more leaves it out; one millionth less as the upper bound too.
        BigDecimal millionth = new BigDecimal("0.000001");
        assertThat(assertFiltered(PATH, all, value.add(millionth), null)).doesNotContain((String) fraction.get("id"));
        assertThat(assertFiltered(PATH, all, null, value.subtract(millionth)))
                .doesNotContain((String) fraction.get("id"));
    }

    @Test
    void shouldBoundTheMetricsOfAProject() {
        List<Map<String, Object>> all = all();
        // The project with the most figures, so that a bound between its smallest and largest keeps some of them.
        Map<String, List<Map<String, Object>>> byProject = new java.util.TreeMap<>();
        all.stream().filter(m -> m.get("project") != null).forEach(m -> byProject
                .computeIfAbsent((String) ((Map<?, ?>) m.get("project")).get("id"), p -> new ArrayList<>()).add(m));
        var largest = byProject.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow();
        List<BigDecimal> values = largest.getValue().stream().map(m -> decimal(m.get("value"))).sorted().toList();
        BigDecimal min = values.get(values.size() / 2);
        assertFiltered("/api/v1/projects/" + largest.getKey() + "/metrics", largest.getValue(), min, null);
    }

    @Test
    void shouldAggregateOnlyTheFiguresInTheRange() {
        List<Map<String, Object>> all = all();
        BigDecimal min = middle(range(all));
        List<String> expected = all.stream().filter(m -> matches(m, min, null)).map(m -> (String) m.get("id"))
                .sorted().toList();
        List<List<String>> groups = api().queryParam("valueMin", min.toPlainString()).queryParam("groupBy", "source")
                .get(PATH + "/aggregate").then().statusCode(200).extract().jsonPath().getList("groups.metricIds");
        TreeSet<String> counted = new TreeSet<>();
        groups.forEach(counted::addAll);
        assertThat(counted).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "12.5.3", "1e9999", "0x10", "1000000000000000000000000000000000",
            "0.000000000000000000001"})
    void shouldRejectAValueThatIsNotADecimalNamingTheParameter(String value) {
        for (String name : List.of("valueMin", "valueMax")) {
            invalid().queryParam(name, value).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.name", contains(name))
                    .body("errors.in", everyItem(is("query")));
        }
    }

    @Test
    void shouldRejectALowerBoundAboveTheUpperOneNamingBoth() {
        for (String path : List.of(PATH, PATH + "/aggregate", "/api/v1/projects/china-laos-railway/metrics")) {
            invalid().queryParam("valueMin", "10").queryParam("valueMax", "9.5").get(path).then().statusCode(400)
                    .body("detail", is("The request has 2 invalid parameters."))
                    .body("errors.name", contains("valueMax", "valueMin"));
        }
    }

    @Test
    void shouldTakeScientificNotationAsGeneratedClientsMayWriteIt() {
        List<Map<String, Object>> all = all();
        List<String> plain = Lists.allIds(PATH, 100, "valueMin", "1000000000");
        assertThat(Lists.allIds(PATH, 100, "valueMin", "1E+9")).isEqualTo(plain)
                .containsExactlyElementsOf(all.stream().filter(m -> matches(m, new BigDecimal("1e9"), null))
                        .map(m -> (String) m.get("id")).toList());
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
