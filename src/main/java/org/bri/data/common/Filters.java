package org.bri.data.common;

import java.util.List;
import java.util.function.Predicate;

import org.bri.data.country.IsoCountries;

/** Readers for the filters that several resources share. */
public final class Filters {

    private Filters() {
    }

    /** Country codes, alpha-2 or alpha-3 in any case, normalized to alpha-2. */
    public static List<String> countries(QueryParams params) {
        return params.listNormalized("country", IsoCountries::toAlpha2,
                "an ISO 3166-1 alpha-2 or alpha-3 country code");
    }

    /** Theme ids, each of which must exist. */
    public static List<String> themes(QueryParams params, Predicate<String> exists) {
        return params.listKnown("theme", exists, "a theme id listed at /api/v1/themes");
    }
}
