package org.bri.data.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.panache.common.Parameters;

/** Accumulates the conditions and named parameters of a filtered HQL query. */
public final class Where {

    private static final List<String> ENDINGS = List.of("ical", "ally", "ies", "ing", "ed", "es", "al", "s", "y");

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
     * Adds a case-insensitive text search: every word of {@code q}, reduced to its stem, must occur
     * in at least one of the given lower-cased expressions, each written with the placeholder
     * {@code :term}.
     */
    public Where search(String q, List<String> expressionsWithTerm) {
        if (q == null) {
            return this;
        }
        String[] words = q.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int i = 0; i < words.length && i < 10; i++) {
            String name = "term" + i;
            List<String> matches = expressionsWithTerm.stream().map(e -> e.replace(":term", ":" + name)).toList();
            conditions.add("(" + String.join(" or ", matches) + ")");
            parameters.and(name, "%" + escapeLike(stem(words[i])) + "%");
        }
        return this;
    }

    /** The query text: {@code from} clause followed by the conditions. */
    public String query(String from) {
        return conditions.isEmpty() ? from : from + " where " + String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    /**
     * Drops one common English ending, so that "technology" also finds "technological" and
     * "railways" finds "railway"; stems stay at least four letters long to keep names intact.
     */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
