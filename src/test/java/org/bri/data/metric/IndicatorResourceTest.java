package org.bri.data.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bri.data.Lists;
import org.bri.data.common.PartialDate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The indicator list, each entry computed here from the metric list the API serves. */
@QuarkusTest
class IndicatorResourceTest {

    /** What the list says of one indicator. */
    record Expected(Set<String> units, Set<String> kinds, int metrics, LocalDate earliest, LocalDate latest) {
    }

    @Test
    void shouldListEveryIndicatorInUseWithItsUnitsKindsCountAndSpan() {
        Map<String, Expected> expected = new TreeMap<>();
        List<String> kindOrder = List.of("observed", "target", "forecast");
        for (Map<String, Object> m : Lists.allItems("/api/v1/metrics", 100)) {
            Expected one = expected.getOrDefault((String) m.get("indicator"),
                    new Expected(new TreeSet<>(), new TreeSet<>(Comparator.comparing(kindOrder::indexOf)), 0, null,
                            null));
            one.units().add((String) m.get("unit"));
            one.kinds().add((String) m.get("kind"));
            expected.put((String) m.get("indicator"), new Expected(one.units(), one.kinds(), one.metrics() + 1,
                    min(one.earliest(), day(m, true)), max(one.latest(), day(m, false))));
        }

        List<Map<String, Object>> items = Lists.allItems("/api/v1/indicators", 7);

        assertThat(items).extracting(i -> i.get("id")).containsExactlyElementsOf(expected.keySet());
        for (Map<String, Object> item : items) {
            Expected one = expected.get((String) item.get("id"));
            assertThat(item.get("units")).as("%s", item.get("id")).isEqualTo(List.copyOf(one.units()));
            assertThat(item.get("kinds")).as("%s", item.get("id")).isEqualTo(List.copyOf(one.kinds()));
            assertThat(((Number) item.get("metrics")).intValue()).isEqualTo(one.metrics());
            assertThat(item.get("earliest")).isEqualTo(Objects.toString(one.earliest(), null));
            assertThat(item.get("latest")).isEqualTo(Objects.toString(one.latest(), null));
        }
    }

    @Test
    void shouldSortByTheNumberOfFiguresThenById() {
        List<Map<String, Object>> items = Lists.allItems("/api/v1/indicators", 100, "sort", "-metrics");
        assertThat(Lists.isSorted(items, Comparator
                .comparing((Map<String, Object> i) -> ((Number) i.get("metrics")).intValue(), Comparator.reverseOrder())
                .thenComparing(i -> (String) i.get("id")))).isTrue();
        List<Map<String, Object>> byLatest = Lists.allItems("/api/v1/indicators", 100, "sort", "-latest,id");
        assertThat(Lists.isSorted(byLatest, Comparator
                .comparing((Map<String, Object> i) -> (String) i.get("latest"), Comparator.reverseOrder())
                .thenComparing(i -> (String) i.get("id")))).isTrue();
    }

    @Test
    void shouldRejectAnUnknownSortFieldOrParameter() {
        invalid().queryParam("sort", "label").get("/api/v1/indicators").then().statusCode(400)
                .body("errors.name", is(List.of("sort"))).body("errors[0].detail", containsString("'label'"));
        invalid().queryParam("unit", "USD").get("/api/v1/indicators").then().statusCode(400)
                .body("errors.name", is(List.of("unit")));
    }

    /** The first (or last) day a figure can refer to: of its period, else of its asOf date. */
    private static LocalDate day(Map<String, Object> m, boolean first) {
        String date;
        if (m.get("period") instanceof Map<?, ?> p) {
            date = (String) (first
                    ? Objects.requireNonNullElse(p.get("from"), p.get("to"))
                    : Objects.requireNonNullElse(p.get("to"), p.get("from")));
        } else {
            date = (String) m.get("asOf");
        }
        return date == null ? null : first ? PartialDate.parse(date).first() : PartialDate.parse(date).last();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
