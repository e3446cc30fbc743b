package org.bri.data.country;

/** A country with its UN M49 region and how many records reference it. */
public record CountryResponse(String code, String alpha3, String name, String region, String subregion,
        Counts counts) {

    /** Numbers of projects, metrics and statements that reference a country. */
    public record Counts(long projects, long metrics, long statements) {
    }

    static CountryResponse from(Country c, Counts counts) {
        return new CountryResponse(c.code, c.alpha3, c.name, c.region, c.subregion, counts);
    }
}
