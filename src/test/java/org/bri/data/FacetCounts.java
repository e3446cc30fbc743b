package org.bri.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Facet counts as a list serves them, and as counted here from the records themselves, so that a test compares the
 * service's GROUP BY with a count of its own.
 */
public final class FacetCounts {

    /** Most records first, then by value: the order the contract gives. */
    public static final Comparator<Map<String, Object>> SIDEBAR_ORDER = Comparator
            .comparingLong((Map<String, Object> v) -> count(v)).reversed()
            .thenComparing(v -> (String) v.get("value"));

    private FacetCounts() {
    }

    /**
     * The response to a list request checked against the contract; a collection value is sent as the parameter
     * repeated, once per element.
     */
    public static ExtractableResponse<Response> get(String path, Map<String, ?> query) {
        var request = api();
        query.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                request.queryParam(name, values);
            } else {
                request.queryParam(name, value);
            }
        });
        return request.get(path).then().statusCode(200).extract();
    }

    /** The facets of a list response, by facet name, each a list of values as served. */
    public static Map<String, List<Map<String, Object>>> served(String path, Map<String, ?> query) {
        return get(path, query).jsonPath().getMap("facets");
    }

    /** The values of one facet served for a list request that asks for it among its query. */
    public static List<Map<String, Object>> served(String path, String facet, Map<String, ?> query) {
        Map<String, Object> asked = new LinkedHashMap<>(query);
        asked.put("facets", facet);
        List<Map<String, Object>> values = served(path, asked).get(facet);
        if (values == null) {
            throw new AssertionError(path + " " + asked + " served no facet " + facet);
        }
        return values;
    }

    /** Every record of a list with these filters, walking its pages of 100. */
    public static List<Map<String, Object>> records(String path, Map<String, ?> query) {
        List<Object> namesAndValues = new ArrayList<>();
        query.forEach((name, value) -> {
            namesAndValues.add(name);
            namesAndValues.add(value);
        });
        return Lists.allItems(path, 100, namesAndValues.toArray());
    }

    /** Counts records per value: each record once under each distinct value it has, none when it has none. */
    public static Map<String, Long> count(List<Map<String, Object>> records,
            Function<Map<String, Object>, Collection<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Object> record : records) {
            new LinkedHashSet<>(values.apply(record)).forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        return counts;
    }

    /** A facet's served values as value to count, sorted by value. */
    public static Map<String, Long> counts(List<Map<String, Object>> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.put((String) v.get("value"), count(v)));
        return counts;
    }

    /** A facet's served labels by value, leaving out values served without one. */
    public static Map<String, String> labels(List<Map<String, Object>> values) {
        Map<String, String> labels = new TreeMap<>();
        values.stream().filter(v -> v.containsKey("label")).forEach(v -> labels.put((String) v.get("value"),
                (String) v.get("label")));
        return labels;
    }

    public static long count(Map<String, Object> value) {
        return ((Number) value.get("count")).longValue();
    }

    /**
     * Checks that each value of a facet counts what the list answers with the facet's filter set to that value (for
     * the year facet, a one-year date range), the other filters kept: a sidebar click shows the count it promised.
     */
    public static void assertEachValueTotals(String path, String facet, Map<String, ?> query) {
        for (Map<String, Object> value : served(path, facet, query)) {
            Map<String, Object> filtered = new TreeMap<>(query);
            if (facet.equals("year")) {
                filtered.put("from", value.get("value"));
                filtered.put("to", value.get("value"));
            } else {
                filtered.put(facet, value.get("value"));
            }
            String total = get(path, filtered).header("X-Total-Count");
            assertThat(Long.parseLong(total)).as("%s=%s", facet, value.get("value")).isEqualTo(count(value));
        }
    }

    /** The query without one filter. */
    public static Map<String, Object> without(Map<String, ?> query, String filter) {
        Map<String, Object> rest = new LinkedHashMap<>(query);
        rest.remove(filter);
        return rest;
    }

    /** The value of a field of a record, or none when it is null. */
    public static Set<String> field(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value == null ? Set.of() : Set.of(value.toString());
    }

    /** A field of each element of a record's array field ({@code countries[].code}). */
    @SuppressWarnings("unchecked")
    public static List<String> each(Map<String, Object> record, String array, String field) {
        List<String> values = new ArrayList<>();
        ((List<Map<String, Object>>) record.get(array)).forEach(e -> values.add(e.get(field).toString()));
        return values;
    }

    /** A record's array of strings ({@code themes}). */
    @SuppressWarnings("unchecked")
    public static List<String> strings(Map<String, Object> record, String array) {
        return (List<String>) record.get(array);
    }

    /** A field of a record's object field ({@code sector.id}), or none when the object is null. */
    @SuppressWarnings("unchecked")
    public static Set<String> nested(Map<String, Object> record, String object, String field) {
        Map<String, Object> value = (Map<String, Object>) record.get(object);
        return value == null ? Set.of() : field(value, field);
    }

    /** Every calendar year from the first to the last of dates written {@code YYYY[-MM[-DD]]}; none without dates. */
    public static List<String> years(String first, String last) {
        if (first == null || last == null) {
            return List.of();
        }
        List<String> years = new ArrayList<>();
        for (int y = Integer.parseInt(first.substring(0, 4)); y <= Integer.parseInt(last.substring(0, 4)); y++) {
            years.add(String.valueOf(y));
        }
        return years;
    }
}
