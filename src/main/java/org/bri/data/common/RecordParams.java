package org.bri.data.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.Separator;

/** The parameters shared by the metric and statement lists: project, source and a date range. */
public abstract class RecordParams extends SearchParams {

    @QueryParam("project")
    @Separator(",")
    @MaxValues
    protected List<@Known(Catalog.PROJECT) String> project;

    @QueryParam("source")
    @Separator(",")
    @MaxValues
    protected List<@Known(Catalog.SOURCE) String> source;

    @QueryParam("from")
    protected String from;

    @QueryParam("to")
    protected String to;

    @Override
    protected Set<String> fixedByPath() {
        return Set.of("project");
    }

    @Override
    protected void checkFilters(BiConsumer<String, String> problem) {
        PartialDate first = date("from", from, problem);
        PartialDate last = date("to", to, problem);
        if (first != null && last != null && first.first().isAfter(last.last())) {
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

    /** The first day of the {@code from} filter, or null. */
    protected LocalDate from() {
        return from == null ? null : PartialDate.parse(from.trim()).first();
    }

    /** The last day of the {@code to} filter, or null. */
    protected LocalDate to() {
        return to == null ? null : PartialDate.parse(to.trim()).last();
    }

    private static PartialDate date(String name, String value, BiConsumer<String, String> problem) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value.trim());
        } catch (IllegalArgumentException e) {
            problem.accept(name, "'" + value + "' " + e.getMessage());
            return null;
        }
    }
}
