package org.bri.data.common;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ws.rs.core.UriInfo;

import org.bri.data.country.IsoCountries;

/** Readers for the filters that several resources share. */
public final class Filters {

    private Filters() {
    }

    /**
     * Starts reading a list request; on a project's own list ({@code fixedProject} set) the
     * {@code project} filter is not a parameter, since the path fixes it.
     */
    public static QueryParams params(UriInfo uri, Set<String> filters, String fixedProject) {
        Set<String> allowed = new HashSet<>(filters);
        if (fixedProject != null) {
            allowed.remove("project");
        }
        return QueryParams.of(uri, allowed);
    }

    /** Project ids: the fixed project of a project's own list, else the checked {@code project} filter. */
    public static List<String> projects(QueryParams params, String fixedProject, Predicate<String> exists) {
        return fixedProject != null
                ? List.of(fixedProject)
                : params.listKnown("project", exists, "a project id listed at /api/v1/projects");
    }

    /** Source ids, each of which must exist. */
    public static List<String> sources(QueryParams params, Predicate<String> exists) {
        return params.listKnown("source", exists, "a source id listed at /api/v1/sources");
    }

    /** Country codes, alpha-2 or alpha-3 in any case, normalized to alpha-2. */
    public static List<String> countries(QueryParams params) {
        return params.listNormalized("country", IsoCountries::toAlpha2,
                "an ISO 3166-1 alpha-2 or alpha-3 country code");
    }

    /** The first and last day of the {@code from} and {@code to} filters; either may be null. */
    public record DateRange(LocalDate from, LocalDate to) {
    }

    /** Reads {@code from} and {@code to}, each written YYYY, YYYY-MM or YYYY-MM-DD, as an inclusive range. */
    public static DateRange dates(QueryParams params) {
        LocalDate from = params.date("from").map(PartialDate::first).orElse(null);
        LocalDate to = params.date("to").map(PartialDate::last).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            params.reject("from", "must not be later than 'to'");
            params.reject("to", "must not be earlier than 'from'");
        }
        return new DateRange(from, to);
    }

    /** Theme ids, each of which must exist. */
    public static List<String> themes(QueryParams params, Predicate<String> exists) {
        return params.listKnown("theme", exists, "a theme id listed at /api/v1/themes");
    }
}
