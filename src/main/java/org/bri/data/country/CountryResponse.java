package org.bri.data.country;

/** A country with its UN M49 region and how many records reference it. */
public record CountryResponse(String code, String alpha3, String name, String region, String subregion,
        Counts counts) {

    /** Numbers of projects (hosted, and as a partner), metrics and statements that reference a country. */
    public record Counts(long projects, long hostedProjects, long partnerProjects, long metrics, long statements) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    public static CountryResponse from(Country c, Counts counts) {
        return new CountryResponse(c.code, c.alpha3, c.name, c.region, c.subregion, counts);
    }
}
