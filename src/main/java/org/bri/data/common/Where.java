package org.bri.data.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** Accumulates the conditions and named parameters of a filtered HQL query. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds a condition with one named parameter, unless the value is empty. */
    public Where and(String condition, String name, Object value) {
        if (value instanceof List<?> list && list.isEmpty()) {
            return this;
        }
        conditions.add(condition);
        parameters.and(name, value);
        return this;
    }

    /** Adds a condition that needs no parameter. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Adds "some element x of the collection meets the condition", unless the values of its one
     * parameter are empty.
     */
    public Where any(String collection, String condition, String name, List<?> values) {
        return and("exists (select 1 from " + collection + " x where " + condition + ")", name, values);
    }

    /** Adds "the record's dates overlap the range"; either end of the range may be null. */
    public Where overlaps(String alias, LocalDate from, LocalDate to) {
        if (from != null) {
            and(alias + ".dateEnd >= :from", "from", from);
        }
        return to == null ? this : and(alias + ".dateStart <= :to", "to", to);
    }

    /** Adds the word search {@code q} over a record's search text column (see {@link SearchText}). */
    public Where search(String q, String searchTextColumn) {
        if (q == null) {
            return this;
        }
        List<String> patterns = SearchText.patterns(q);
        for (int i = 0; i < patterns.size(); i++) {
            conditions.add(searchTextColumn + " like :term" + i + " escape '\\'");
            parameters.and("term" + i, patterns.get(i));
        }
        return this;
    }

    /** Adds a named parameter of a condition added by {@link #and(String)}. */
    Where parameter(String name, Object value) {
        parameters.and(name, value);
        return this;
    }

    /** The query text: {@code from} clause followed by the conditions. */
    public String query(String from) {
        return conditions.isEmpty() ? from : from + " where " + String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

}
