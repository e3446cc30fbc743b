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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * The query parameters of every list: paging (by page number up to a depth, or by cursor) and sorting. Subclasses add their filters as
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

    /** The entity listed, whose public fields the sorts name. */
    private final Class<?> entity;
    /** The sortable fields, from API name to entity path; "id" (or "code", "seq" or "number") breaks ties. */
    private final Map<String, String> sorts;
    private final String defaultSort;
    /** Where a cursor request starts, once checked. */
    private Cursor after;

    /** The request and the paging limits, handed over by the validation that runs before the resource method. */
    private UriInfo uri;
    private ApiConfig.Paging limits;
    private ListTotals totals;
    private String version;
    /** The representation asked for, by the {@code format} parameter or else by Accept. */
    private ListFormat representation = ListFormat.JSON;

    /** The start of the problem detail for a parameter the endpoint does not take. */
    static final String NOT_A_PARAMETER = "is not a parameter of this endpoint";

    @QueryParam("page")
    protected String page;

    @QueryParam("size")
    protected String size;

    @QueryParam("sort")
    protected String sort;

    @QueryParam("cursor")
    protected String cursor;

    @QueryParam(FormatAccept.PARAMETER)
    @OneOf(ListFormat.class)
    protected String format;

    /** The parameters that choose a page or count beside it, which a download of the whole list does not take. */
    private static final List<String> PAGE_ONLY = List.of("page", "size", "cursor", "facets");
    /** The parameters that shape a page's records, which a download does not take: it holds every column. */
    private static final List<String> SHAPING = List.of(Shape.FIELDS, Shape.EVIDENCE);

    /** The parameters of a list computed in memory, which a cursor walks by position. */
    protected ListParams(String defaultSort, Map<String, String> sorts) {
        this(null, defaultSort, sorts);
    }

    protected ListParams(Class<?> entity, String defaultSort, Map<String, String> sorts) {
        this.entity = entity;
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

    /** The list parameters an endpoint that answers one whole document, not pages of a list, does not take. */
    protected Set<String> notTaken() {
        return Set.of();
    }

    /** Whether the list hangs below a record whose path fixes some of its filters; known once validation runs. */
    protected boolean nested() {
        return uri != null && !uri.getPathParameters().isEmpty();
    }

    /** Checks of a subclass's own that span parameters. */
    protected void checkFilters(BiConsumer<String, String> problem) {
    }

    void check(UriInfo uri, List<MediaType> accepted, ApiConfig.Paging limits, ListTotals totals, String version,
            BiConsumer<String, String> problem) {
        this.uri = uri;
        this.limits = limits;
        this.totals = totals;
        this.version = version;
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (!notTaken().contains(FormatAccept.PARAMETER)) {
            representation = ListFormat.named(format).orElseGet(() -> ListFormat.preferred(accepted));
        }
        if (representation.streams()) {
            PAGE_ONLY.stream().filter(query::containsKey).forEach(name -> problem.accept(name, "does not apply to a "
                    + representation.slug() + " download, which holds the whole filtered list in one response; leave"
                    + " it out, or ask for format=json to read pages"));
            SHAPING.stream().filter(query::containsKey).forEach(name -> problem.accept(name, "does not apply to a "
                    + representation.slug() + " download, which holds every field of each record; leave it out, or"
                    + " ask for format=json to choose fields"));
        }
        Map<String, Boolean> known = new TreeMap<>(PARAMETERS.get(getClass()));
        if (!uri.getPathParameters().isEmpty()) {
            known.keySet().removeAll(fixedByPath());
        }
        known.keySet().removeAll(notTaken());
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
        boolean paging = number("page", page, Integer.MAX_VALUE, problem)
                & number("size", size, limits.maxSize(), problem);
        if (paging && page != null && page().offset() >= limits.maxDepth()) {
            problem.accept("page", "starts after item " + limits.maxDepth() + " of the list, deeper than page numbers"
                    + " go; read on with 'cursor', from the 'nextCursor' of any page or its Link header's 'next'");
        }
        if (cursor == null || notTaken().contains("cursor") || representation.streams()) {
            parseSort(requestedSort(), problem);
        } else if (page != null) {
            problem.accept("cursor", "cannot be combined with 'page': the cursor says where the page starts");
        } else {
            checkCursor(problem);
        }
        checkFilters(problem);
    }

    private void checkCursor(BiConsumer<String, String> problem) {
        Cursor sent;
        try {
            sent = Cursor.decode(cursor.trim());
        } catch (IllegalArgumentException e) {
            problem.accept("cursor", NOT_A_CURSOR);
            return;
        }
        if (sort != null && !sort.equals(sent.sort())) {
            problem.accept("sort", "must be the order the cursor was issued for ('" + sent.sort() + "') or left out");
            return;
        }
        boolean[] valid = {true};
        Sort order = parseSort(sent.sort(), (name, detail) -> valid[0] = false);
        try {
            if (valid[0] && entity == null && sent.keys().isEmpty()) {
                after = sent;
                return;
            } else if (valid[0] && entity != null) {
                after = sent.typed(entity, order);
                return;
            }
        } catch (IllegalArgumentException e) {
            // Reported below: the cursor's keys do not fit its order.
        }
        problem.accept("cursor", NOT_A_CURSOR);
    }

    private static final String NOT_A_CURSOR = "is not a cursor this list issued; start again from the first page and follow its 'nextCursor'";

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

    /**
     * Answers with the requested page of a query's results, mapped to API records, or with all of them as a CSV or
     * NDJSON download. The query is built for an order, so that a cursor's keyset condition is part of it.
     */
    public <E, T> Response respond(Class<T> type, Function<Order, PanacheQuery<E>> queries, Function<E, T> mapper) {
        requireValidated();
        if (representation.streams()) {
            long total = totals.of(uri, () -> queries.apply(order()).count());
            return Download.of(type, representation, queries, mapper, order().sort(), requestedSort(),
                    limits.downloadBatch(), Download.headers(representation, uri.getPath(), version, total));
        }
        PanacheQuery<E> query = queries.apply(order());
        long total = totals.of(uri, query::count);
        PageRequest request = page();
        List<E> rows;
        boolean more;
        if (after == null) {
            // A page past the end is empty; asking the database for it could overflow its int offset.
            rows = request.offset() >= total ? List.of() : query.page(request.toPanache()).list();
            more = request.offset() + rows.size() < total;
        } else {
            // One row more than the page tells whether another page follows.
            rows = query.range(0, request.size()).list();
            more = rows.size() > request.size();
            rows = more ? rows.subList(0, request.size()) : rows;
        }
        long before = after == null ? request.offset() : after.offset();
        String next = more && !rows.isEmpty()
                ? Cursor.after(rows.get(rows.size() - 1), requestedSort(), order().sort(), before + rows.size())
                        .encode()
                : null;
        var body = PageResponse.of(rows.stream().map(mapper).toList(), request, total, next);
        return Paged.respond(body, uri, after != null, limits.maxDepth());
    }

    /** Answers with the requested page of a list computed in memory, in the requested order already, or all of it. */
    public <T> Response respond(Class<T> type, List<T> all) {
        requireValidated();
        if (representation.streams()) {
            return Download.of(type, representation, all,
                    Download.headers(representation, uri.getPath(), version, all.size()));
        }
        PageRequest request = page();
        int from = (int) Math.min(after == null ? request.offset() : after.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        String next = to > from && to < all.size() ? new Cursor(requestedSort(), List.of(), to).encode() : null;
        var body = PageResponse.of(all.subList(from, to), request, all.size(), next);
        return Paged.respond(body, uri, after != null, limits.maxDepth());
    }

    private void requireValidated() {
        if (limits == null) {
            throw new IllegalStateException("list parameters are answered only once validated (@Valid)");
        }
    }

    /** The page asked for; a cursor request stands at the page its offset falls in. */
    private PageRequest page() {
        int pageSize = size == null ? limits.defaultSize() : Integer.parseInt(size.trim());
        if (after != null) {
            return new PageRequest((int) Math.min(after.offset() / pageSize + 1, Integer.MAX_VALUE), pageSize);
        }
        return new PageRequest(page == null ? 1 : Integer.parseInt(page.trim()), pageSize);
    }

    /** The order to query in and, for a cursor request, where its page starts. */
    public Order order() {
        return new Order(parseSort(requestedSort(), (name, detail) -> {
        }), after);
    }

    /** The sort the request asks for, or the one its cursor was issued for, or the default. */
    private String requestedSort() {
        return sort != null ? sort : after != null ? after.sort() : defaultSort;
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

    private Sort parseSort(String requested, BiConsumer<String, String> problem) {
        Map<String, String> fields = sorts;
        // The key always breaks ties, so that pages are stable, and ends the order: nothing after it can matter.
        String key = Stream.of("id", "code", "seq", "number").filter(fields::containsKey).findFirst().orElseThrow();
        Sort order = null;
        Set<String> seen = new java.util.HashSet<>();
        for (String item : requested.split(",", -1)) {
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
            if (seen.contains(key) && !field.equals(key)) {
                continue;
            }
            var direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            order = order == null
                    ? Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST)
                    : order.and(column, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        if (seen.contains(key)) {
            return order;
        }
        return order == null ? Sort.by(fields.get(key)) : order.and(fields.get(key));
    }

    /** Checks a paging number; true when it is absent or valid. */
    private static boolean number(String name, String text, int max, BiConsumer<String, String> problem) {
        if (text == null) {
            return true;
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
        } else {
            return true;
        }
        return false;
    }
}
