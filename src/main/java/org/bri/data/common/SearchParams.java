package org.bri.data.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.Separator;

/** The parameters of the lists of records: the word search and the country and theme filters. */
public abstract class SearchParams extends ListParams {

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

    protected SearchParams(Class<?> entity, String defaultSort, Map<String, String> sorts) {
        super(entity, defaultSort, sorts);
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
