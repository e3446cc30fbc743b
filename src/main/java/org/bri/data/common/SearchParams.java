package org.bri.data.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.Separator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The parameters of the lists of records: the word search, the country and theme filters, the facets to count, and
 * the fields and evidence of each record to answer with.
 *
 * @param <F> the list's vocabulary of facets
 */
public abstract class SearchParams<F extends Enum<F> & Facet> extends ListParams {

    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
    // A q of only punctuation or symbols has no word to search for, and would match every record.
    @Pattern(regexp = "(?s)\\s*|.*[\\p{L}\\p{N}].*", message = "must contain a letter or digit")
    protected String q;

    @QueryParam("country")
    @Separator(",")
    @MaxValues
    protected List<@Known(Catalog.COUNTRY) String> country;

    @QueryParam("theme")
    @Separator(",")
    @MaxValues
    protected List<@Known(Catalog.THEME) String> theme;

    @QueryParam("facets")
    @Separator(",")
    protected List<String> facets;

    /** The fields of each record to answer with (see {@link Shape}), applied once the page is built. */
    @QueryParam(Shape.FIELDS)
    @Separator(",")
    protected List<String> fields;

    /** How much of each record's evidence to answer with. */
    @QueryParam(Shape.EVIDENCE)
    protected String evidence;

    private final Class<F> facetVocabulary;
    /** The records listed, whose fields {@code fields} names. */
    private final Class<? extends Record> record;

    protected SearchParams(Class<?> entity, String defaultSort, Map<String, String> sorts, Class<F> facetVocabulary,
            Class<? extends Record> record) {
        super(entity, defaultSort, sorts);
        this.facetVocabulary = facetVocabulary;
        this.record = record;
    }

    /** The facets a list takes; a nested list's path fixes some filters, which it cannot count by. */
    List<String> facetNames(boolean nested) {
        return Facet.parameters(facetVocabulary).stream().filter(f -> !nested || !fixedByPath().contains(f)).toList();
    }

    @Override
    protected void checkFilters(BiConsumer<String, String> problem) {
        List<String> known = facetNames(nested());
        values(facets).stream().filter(f -> !known.contains(f))
                .forEach(f -> problem.accept("facets", "'" + f + "' is not one of " + known));
        if (!notTaken().contains(Shape.FIELDS)) {
            Shape.check(fields, evidence, record, problem);
        }
    }

    /** The facets the request asks for, each once, in its order. */
    protected List<F> facets() {
        return values(facets).stream().map(f -> Facet.of(facetVocabulary, f)).toList();
    }

    /**
     * Answers with the requested page and, when the request names facets, the counts of each one's values over the
     * whole filtered list.
     */
    public <E, T> Response respond(Class<T> type, Function<Order, PanacheQuery<E>> queries, Function<E, T> mapper,
            Function<F, List<Facets.Value>> counter) {
        Response page = respond(type, queries, mapper);
        List<F> asked = facets();
        if (asked.isEmpty() || !(page.getEntity() instanceof PageResponse<?>)) {
            return page;
        }
        // Added to the page as paging answers it, so that paging stays the one place that builds a list's answer.
        Map<String, List<Facets.Value>> counts = new LinkedHashMap<>();
        asked.forEach(f -> counts.put(f.parameter(), counter.apply(f)));
        return Response.fromResponse(page).entity(((PageResponse<?>) page.getEntity()).withFacets(counts)).build();
    }

    /** The names {@code fields} may take: those of the records listed. */
    List<String> fieldNames() {
        return Shape.fieldsOf(record);
    }

    /** The search words, or null. */
    protected String q() {
        return q == null ? null : q.trim();
    }

    /** Country codes, alpha-2 or alpha-3, upper-cased; queries match either code. */
    protected List<String> countries() {
        return values(country).stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    }

    protected List<String> themes() {
        return values(theme);
    }
}
