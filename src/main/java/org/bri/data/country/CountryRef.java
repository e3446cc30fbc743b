package org.bri.data.country;

import java.util.List;

/** A country as other resources reference it: both ISO 3166-1 codes and the name. */
public record CountryRef(String code, String alpha3, String name) {

    public static List<CountryRef> from(List<Country> countries) {
        return countries.stream().map(c -> new CountryRef(c.code, c.alpha3, c.name)).toList();
    }
}
