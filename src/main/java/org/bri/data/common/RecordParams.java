package org.bri.data.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.Separator;

/**
 * The parameters shared by the metric and statement lists: project, source and a date range, or one year.
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

    /** One calendar year, short for {@code from=YYYY&to=YYYY}. */
    @QueryParam("year")
    @Pattern(regexp = "\\s*\\d{4}\\s*", message = "must be a year written with four digits, such as 2023")
    protected String year;

    protected RecordParams(Class<?> entity, String defaultSort, Map<String, String> sorts, Class<F> facetVocabulary,
            Class<? extends Record> record) {
        super(entity, defaultSort, sorts, facetVocabulary, record);
    }

    @Override
    public Set<String> fixedByPath() {
        return Set.of("project");
    }

    @Override
    protected void checkFilters(BiConsumer<String, String> problem) {
        super.checkFilters(problem);
        if (year != null && (from != null || to != null)) {
            // A year is a range of its own: with from or to, which one bounds the list would be a guess.
            problem.accept("year", "cannot be combined with 'from' or 'to': it stands for from=YYYY&to=YYYY");
            if (from != null) {
                problem.accept("from", "cannot be combined with 'year'");
            }
            if (to != null) {
                problem.accept("to", "cannot be combined with 'year'");
            }
        } else if (from() != null && to() != null && from().isAfter(to())) {
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

    /** The first day of the {@code from} filter, or of the year; null when absent or invalid. */
    protected LocalDate from() {
        String first = from != null ? from : year();
        return valid(first) ? PartialDate.parse(first).first() : null;
    }

    /** The last day of the {@code to} filter, or of the year; null when absent or invalid. */
    protected LocalDate to() {
        String last = to != null ? to : year();
        return valid(last) ? PartialDate.parse(last).last() : null;
    }

    /** The year asked for, as a partial date; null when absent. */
    private String year() {
        return year == null ? null : year.strip();
    }

    private static boolean valid(String date) {
        try {
            return PartialDate.parseNullable(date) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
