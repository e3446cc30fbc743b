package org.bri.data.common;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * The query parameters of every list: paging and sorting. Subclasses add their filters as
 * {@code @QueryParam} fields with Bean Validation constraints; the cross-parameter rules run in
 * {@link #check} so that one 400 response names every offending parameter.
 */
@ValidParams
public abstract class ListParams {

    private static final ClassValue<Map<String, Boolean>> PARAMETERS = new ClassValue<>() {

        @Override
        protected Map<String, Boolean> computeValue(Class<?> type) {
            Map<String, Boolean> names = new TreeMap<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    QueryParam param = field.getAnnotation(QueryParam.class);
                    if (param != null) {
                        names.put(param.value(), List.class.isAssignableFrom(field.getType()));
                    }
                }
            }
            return names;
        }
    };

    /** The sortable fields, from API name to entity path; "id" (or "code", "seq" or "number") breaks ties. */
    private final Map<String, String> sorts;
    private final String defaultSort;

    /** The request and the paging limits, handed over by the validation that runs before the resource method. */
    private UriInfo uri;
    private ApiConfig.Paging limits;
    private ListTotals totals;

    /** The start of the problem detail for a parameter the endpoint does not take. */
    static final String NOT_A_PARAMETER = "is not a parameter of this endpoint";

    @QueryParam("page")
    protected String page;

    @QueryParam("size")
    protected String size;

    @QueryParam("sort")
    protected String sort;

    protected ListParams(String defaultSort, Map<String, String> sorts) {
        this.defaultSort = defaultSort;
        this.sorts = sorts;
    }

    /** The sortable fields, from API name to entity path. */
    public Map<String, String> sorts() {
        return sorts;
    }

    /** The order when the request gives none. */
    public String defaultSort() {
        return defaultSort;
    }

    /** The parameters that a nested list's path fixes, which its query may not repeat. */
    public Set<String> fixedByPath() {
        return Set.of();
    }

    /** Whether the list hangs below a record whose path fixes some of its filters; known once validation runs. */
    protected boolean nested() {
        return uri != null && !uri.getPathParameters().isEmpty();
    }

    /** Checks of a subclass's own that span parameters. */
    protected void checkFilters(BiConsumer<String, String> problem) {
    }

    void check(UriInfo uri, ApiConfig.Paging limits, ListTotals totals, BiConsumer<String, String> problem) {
        this.uri = uri;
        this.limits = limits;
        this.totals = totals;
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Map<String, Boolean> known = new TreeMap<>(PARAMETERS.get(getClass()));
        if (!uri.getPathParameters().isEmpty()) {
            known.keySet().removeAll(fixedByPath());
        }
        query.forEach((name, values) -> {
            Boolean multiple = known.get(name);
            if (multiple == null) {
                problem.accept(name, NOT_A_PARAMETER + "; known parameters: " + String.join(", ", known.keySet()));
            } else if (values.stream().flatMap(v -> Arrays.stream(v.split(",", -1))).allMatch(String::isBlank)) {
                problem.accept(name, "must not be empty");
            } else if (!multiple && values.size() > 1) {
                problem.accept(name, "must be given once");
            }
        });
        number("page", page, Integer.MAX_VALUE, problem);
        number("size", size, limits.maxSize(), problem);
        parseSort(problem);
        checkFilters(problem);
    }

    /**
     * Validates these parameters by hand, for a list whose path must be checked first: a nested
     * list answers 404 for an unknown parent before any 400 about its parameters.
     */
    public void validate(Validator validator) {
        var violations = validator.validate(this);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Answers with the requested page of a query's results, mapped to API records. */
    public <E, T> Response respond(PanacheQuery<E> query, Function<E, T> mapper) {
        PageRequest page = page();
        return Paged.respond(query, totals.of(uri, query::count), page, mapper, uri);
    }

    /** Answers with the requested page of a list already in memory. */
    public <T> Response respond(List<T> all) {
        return Paged.respond(all, page(), uri);
    }

    private PageRequest page() {
        if (limits == null) {
            throw new IllegalStateException("list parameters are answered only once validated (@Valid)");
        }
        return new PageRequest(page == null ? 1 : Integer.parseInt(page.trim()),
                size == null ? limits.defaultSize() : Integer.parseInt(size.trim()));
    }

    /** The requested order, each field optionally prefixed with '-' for descending. */
    public Sort sort() {
        return parseSort((name, detail) -> {
        });
    }

    /** A filter's values without blanks and repeats; empty when not given. */
    protected static List<String> values(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** A vocabulary filter's values as constants. */
    protected static <E extends Enum<E> & Slugged> List<E> values(List<String> values, Class<E> vocabulary) {
        return values(values).stream().map(v -> Slugged.of(vocabulary, v)).toList();
    }

    private Sort parseSort(BiConsumer<String, String> problem) {
        Map<String, String> fields = sorts;
        Sort order = null;
        Set<String> seen = new java.util.HashSet<>();
        for (String item : (sort == null ? defaultSort : sort).split(",", -1)) {
            String field = item.trim();
            boolean descending = field.startsWith("-");
            field = descending || field.startsWith("+") ? field.substring(1) : field;
            String column = fields.get(field);
            if (column == null || !seen.add(field)) {
                problem.accept("sort", column == null
                        ? "unknown sort field '" + field + "'; expected a comma-separated list of "
                                + new TreeMap<>(fields).keySet() + ", each optionally prefixed with '-'"
                        : "field '" + field + "' is given twice");
                continue;
            }
            var direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            order = order == null
                    ? Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST)
                    : order.and(column, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        // The key always breaks ties, so that pages are stable.
        String key = Stream.of("id", "code", "seq", "number").filter(fields::containsKey).findFirst().orElseThrow();
        if (seen.contains(key)) {
            return order;
        }
        return order == null ? Sort.by(fields.get(key)) : order.and(fields.get(key));
    }

    private static void number(String name, String text, int max, BiConsumer<String, String> problem) {
        if (text == null) {
            return;
        }
        String value = text.trim();
        if (!value.matches("[0-9]+")) {
            problem.accept(name, value.isEmpty() ? "must not be empty" : "must be a whole number");
        } else if (value.length() > 10 || Long.parseLong(value) > Integer.MAX_VALUE) {
            problem.accept(name, "is too large");
        } else if (Long.parseLong(value) < 1 || Long.parseLong(value) > max) {
            problem.accept(name, max == Integer.MAX_VALUE
                    ? "must be 1 or more"
                    : "must be between 1 and " + max);
        }
    }
}
