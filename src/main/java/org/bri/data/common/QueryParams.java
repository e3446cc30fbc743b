package org.bri.data.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.panache.common.Sort;

/**
 * Reads the query parameters of a list request, collecting every problem so that one 400
 * response can name all offending parameters at once.
 */
public final class QueryParams {

    private static final Set<String> PAGING = Set.of("page", "size", "sort");

    private final MultivaluedMap<String, String> raw;
    private final List<ParameterError> errors = new ArrayList<>();

    private QueryParams(MultivaluedMap<String, String> raw) {
        this.raw = raw;
    }

    /** Starts reading a request that may carry paging parameters and the given filters. */
    public static QueryParams of(UriInfo uri, Set<String> filters) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        for (String name : params.raw.keySet()) {
            if (!PAGING.contains(name) && !filters.contains(name)) {
                params.reject(name, "is not a parameter of this endpoint; known parameters: "
                        + String.join(", ", sorted(filters)) + (filters.isEmpty() ? "" : ", ") + "page, size, sort");
            }
        }
        return params;
    }

    private static final int MAX_VALUES = 50;

    /** Records a problem with a parameter. */
    public void reject(String name, String detail) {
        errors.add(ParameterError.query(name, detail));
    }

    /** The values of a filter: repeated parameters and comma-separated lists both count. */
    public List<String> list(String name) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String value : raw.getOrDefault(name, List.of())) {
            Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        if (raw.containsKey(name) && values.isEmpty()) {
            reject(name, "must not be empty");
        }
        if (values.size() > MAX_VALUES) {
            reject(name, "takes at most " + MAX_VALUES + " values");
            return List.of();
        }
        if (values.stream().anyMatch(QueryParams::hasControlCharacter)) {
            reject(name, "must not contain control characters");
            return List.of();
        }
        return List.copyOf(values);
    }

    /** The values of a filter, each checked against a vocabulary and normalized. */
    public List<String> listNormalized(String name, Function<String, Optional<String>> normalize, String expected) {
        List<String> values = new ArrayList<>();
        for (String value : list(name)) {
            normalize.apply(value).ifPresentOrElse(values::add,
                    () -> reject(name, "unknown value '" + value + "'; expected " + expected));
        }
        return values;
    }

    /** The values of a filter, each one of the given vocabulary's slugs. */
    public <E extends Enum<E> & Slugged> List<String> list(String name, Class<E> vocabulary) {
        List<String> known = Slugged.slugs(vocabulary);
        return listKnown(name, known::contains, "one of " + known);
    }

    /** The values of a filter, each one of a set of known ids. */
    public List<String> listKnown(String name, Predicate<String> known, String expected) {
        return listNormalized(name, v -> known.test(v) ? Optional.of(v) : Optional.empty(), expected);
    }

    /** A single-valued text parameter. */
    public Optional<String> text(String name) {
        List<String> values = raw.getOrDefault(name, List.of());
        if (values.size() > 1) {
            reject(name, "must be given once");
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(0).trim();
        if (value.isEmpty()) {
            reject(name, "must not be empty");
            return Optional.empty();
        }
        if (value.length() > 200) {
            reject(name, "must be at most 200 characters");
            return Optional.empty();
        }
        if (hasControlCharacter(value)) {
            reject(name, "must not contain control characters");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A date parameter written YYYY, YYYY-MM or YYYY-MM-DD. */
    public Optional<PartialDate> date(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(PartialDate.parse(value));
            } catch (IllegalArgumentException e) {
                reject(name, "'" + value + "' " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The requested page, checked against the configured limits. */
    public PageRequest page(ApiConfig.Paging limits) {
        int page = integer("page", 1, 1, Integer.MAX_VALUE);
        int size = integer("size", limits.defaultSize(), 1, limits.maxSize());
        return new PageRequest(page, size);
    }

    /**
     * The requested order: a comma-separated list of fields, each optionally prefixed with
     * {@code -} for descending. The id always breaks ties so that pages are stable.
     */
    public Sort sort(Map<String, String> fields, String defaultSort) {
        String spec = text("sort").orElse(defaultSort);
        Sort sort = null;
        Set<String> seen = new LinkedHashSet<>();
        for (String item : spec.split(",", -1)) {
            String field = item.trim();
            boolean descending = field.startsWith("-");
            field = descending || field.startsWith("+") ? field.substring(1) : field;
            String column = fields.get(field);
            if (column == null || !seen.add(field)) {
                reject("sort", column == null
                        ? "unknown sort field '" + field + "'; expected a comma-separated list of "
                                + sorted(fields.keySet()) + ", each optionally prefixed with '-'"
                        : "field '" + field + "' is given twice");
                continue;
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null
                    ? Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(column, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        // The key always breaks ties, so that pages are stable; "code" is the key of countries.
        String key = fields.containsKey("id") ? fields.get("id") : fields.get("code");
        if (seen.contains("id") || seen.contains("code")) {
            return sort;
        }
        return sort == null ? Sort.by(key) : sort.and(key);
    }

    /** Throws one exception naming every problem found so far. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    private int integer(String name, int fallback, int min, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.get().matches("[0-9]{1,10}") || Long.parseLong(text.get()) > Integer.MAX_VALUE) {
            reject(name, text.get().matches("[0-9]+") ? "is too large" : "must be a whole number");
            return fallback;
        }
        long value = Long.parseLong(text.get());
        if (value < min || value > max) {
            reject(name,
                    max == Integer.MAX_VALUE
                            ? "must be " + min + " or more"
                            : "must be between " + min + " and " + max);
            return fallback;
        }
        return (int) value;
    }

    static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
