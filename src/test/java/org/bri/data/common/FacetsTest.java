package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The order and the cap of a facet's values, on more values than the seed data has. */
class FacetsTest {

    @Test
    void shouldKeepTheValuesWithTheMostRecordsUpToTheCap() {
        List<Facets.Value> values = new ArrayList<>();
        for (int i = 1; i <= Facets.MAX_VALUES + 50; i++) {
            values.add(new Facets.Value(String.format("v%03d", i), null, i % 7 + 1));
        }
        List<Facets.Value> top = Facets.top(values);
        assertThat(top).hasSize(Facets.MAX_VALUES);
        long lowestKept = top.get(top.size() - 1).count();
        assertThat(values).filteredOn(v -> !top.contains(v)).allMatch(v -> v.count() <= lowestKept);
        assertThat(top).isSortedAccordingTo((a, b) -> a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
    }

    @Test
    void shouldOrderTiesByValueInCodePointOrder() {
        List<Facets.Value> top = Facets.top(List.of(new Facets.Value("b", null, 2), new Facets.Value("a", null, 1),
                new Facets.Value("Z", null, 2), new Facets.Value("c", null, 2)));
        assertThat(top).extracting(Facets.Value::value).containsExactly("Z", "b", "c", "a");
    }
}
