package org.bri.data.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.Separator;

/**
 * The parameters shared by the metric and statement lists: project, source and a date range.
 *
 * @param <F> the list's vocabulary of facets
 */
public abstract class RecordParams<F extends Enum<F> & Facet> extends SearchParams<F> {

    @QueryParam("project")
    @Separator(",")
    @MaxValues
    protected List<@Known(Catalog.PROJECT) String> project;

    @QueryParam("source")
    @Separator(",")
    @MaxValues
    protected List<@Known(Catalog.SOURCE) String> source;

    @QueryParam("from")
    @PartialDateValue
    protected String from;

    @QueryParam("to")
    @PartialDateValue
    protected String to;

    protected RecordParams(Class<?> entity, String defaultSort, Map<String, String> sorts, Class<F> facetVocabulary) {
        super(entity, defaultSort, sorts, facetVocabulary);
    }

    @Override
    public Set<String> fixedByPath() {
        return Set.of("project");
    }

    @Override
    protected void checkFilters(BiConsumer<String, String> problem) {
        super.checkFilters(problem);
        if (from() != null && to() != null && from().isAfter(to())) {
            problem.accept("from", "must not be later than 'to'");
            problem.accept("to", "must not be earlier than 'from'");
        }
    }

    /** The project ids: the one a nested list's path names, else the project filter's. */
    protected List<String> projects(String fixedProject) {
        return fixedProject != null ? List.of(fixedProject) : values(project);
    }

    protected List<String> sources() {
        return values(source);
    }

    /** The first day of the {@code from} filter, or null when absent or invalid. */
    protected LocalDate from() {
        return valid(from) ? PartialDate.parse(from).first() : null;
    }

    /** The last day of the {@code to} filter, or null when absent or invalid. */
    protected LocalDate to() {
        return valid(to) ? PartialDate.parse(to).last() : null;
    }

    private static boolean valid(String date) {
        try {
            return PartialDate.parseNullable(date) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
