package org.bri.data.metric;

import java.time.LocalDate;
import java.util.List;

/** The filters of the metric list; an empty list or null means "any". */
record MetricFilter(String q, List<String> projects, List<String> countries, List<String> units,
        List<String> themes, List<MetricKind> kinds, List<String> sources, List<String> indicators, LocalDate from,
        LocalDate to) {
}
