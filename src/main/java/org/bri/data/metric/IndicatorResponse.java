package org.bri.data.metric;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** An indicator in use: its units and kinds, how many figures it has and the days they can refer to. */
public record IndicatorResponse(String id, List<String> units, List<MetricKind> kinds, long metrics,
        LocalDate earliest, LocalDate latest) {

    /** The indicator of these rows of its figures by unit and kind (indicator, unit, kind, count, first, last day). */
    static IndicatorResponse from(String id, List<Object[]> rows) {
        TreeSet<String> units = new TreeSet<>();
        TreeSet<MetricKind> kinds = new TreeSet<>();
        long count = 0;
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Object[] row : rows) {
            units.add((String) row[1]);
            kinds.add((MetricKind) row[2]);
            count += ((Number) row[3]).longValue();
            earliest = row[4] == null || earliest != null && earliest.isBefore((LocalDate) row[4])
                    ? earliest
                    : (LocalDate) row[4];
            latest = row[5] == null || latest != null && latest.isAfter((LocalDate) row[5])
                    ? latest
                    : (LocalDate) row[5];
        }
        return new IndicatorResponse(id, List.copyOf(units), List.copyOf(kinds), count, earliest, latest);
    }
}
