package org.bri.data.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Counts the values of a facet over a filtered list with one {@code GROUP BY} query, and orders them as a sidebar shows
 * them: most records first.
 */
public final class Facets {

    /** The most values a facet lists, those with the most records: a sidebar, not a dump of the vocabulary. */
    public static final int MAX_VALUES = 100;

    /** Most records first, then by value in code point order, which is the same on every database. */
    private static final Comparator<Value> ORDER = Comparator.comparingLong(Value::count).reversed()
            .thenComparing(Value::value);

    private Facets() {
    }

    /**
     * One value of a facet: as a filter takes it, with the label its vocabulary gives it (none for slugs, codes and
     * years) and the number of records of the list that have it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String value, String label, long count) {
    }

    /**
     * Runs a query that selects a value, optionally its label, and the number of distinct records with it, grouped by
     * those; rows without a value (a project with no status) count under no value.
     *
     * @param select the select and from clauses, ahead of the filter's conditions
     * @param groupBy the group by expressions, the selected value and label
     */
    public static List<Value> count(EntityManager em, String select, Where where, String groupBy) {
        List<Value> values = new ArrayList<>();
        for (Object[] row : rows(em, select, where, groupBy)) {
            if (row[0] != null) {
                String label = row.length > 2 && row[1] != null ? row[1].toString() : null;
                values.add(new Value(text(row[0]), label, ((Number) row[row.length - 1]).longValue()));
            }
        }
        return top(values);
    }

    /**
     * Runs a query that selects the first and last calendar year of records' dates and the number of records with that
     * span, grouped by both, and counts each record under every year its dates overlap: the value 2023 counts exactly
     * the records that {@code from=2023&to=2023} finds. Undated records count under no year.
     */
    public static List<Value> countYears(EntityManager em, String select, Where where, String groupBy) {
        Map<Integer, Long> years = new TreeMap<>();
        for (Object[] row : rows(em, select, where, groupBy)) {
            if (row[0] != null && row[1] != null) {
                long count = ((Number) row[2]).longValue();
                for (int year = ((Number) row[0]).intValue(); year <= ((Number) row[1]).intValue(); year++) {
                    years.merge(year, count, Long::sum);
                }
            }
        }
        return top(years.entrySet().stream().map(e -> new Value(e.getKey().toString(), null, e.getValue())).toList());
    }

    /** The values in sidebar order, cut to the most that a facet lists. */
    static List<Value> top(List<Value> values) {
        return values.stream().sorted(ORDER).limit(MAX_VALUES).toList();
    }

    private static List<Object[]> rows(EntityManager em, String select, Where where, String groupBy) {
        var query = em.createQuery(where.query(select) + " group by " + groupBy, Object[].class);
        where.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    /** A value as the filter takes it: a vocabulary's slug, else its text. */
    private static String text(Object value) {
        return value instanceof Slugged slugged ? slugged.slug() : value.toString();
    }
}
