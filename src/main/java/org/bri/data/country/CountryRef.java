package org.bri.data.country;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A country as other resources reference it: both ISO 3166-1 codes, the name and, for projects, its role. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountryRef(String code, String alpha3, String name, CountryRole role) {

    public static CountryRef from(Country c, CountryRole role) {
        return new CountryRef(c.code, c.alpha3, c.name, role);
    }

    public static List<CountryRef> from(List<Country> countries) {
        return countries.stream().map(c -> from(c, null)).toList();
    }
}
