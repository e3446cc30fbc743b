package org.bri.data.common;

/** The sets of ids a filter value must belong to, each kept by one {@link IdCatalog} bean. */
public enum Catalog {

    THEME("a theme id listed at /api/v1/themes"), PROJECT("a project id listed at /api/v1/projects"), SOURCE(
            "a source id listed at /api/v1/sources"), SPEAKER("a speaker id listed at /api/v1/speakers"), UNIT(
                    "a unit such as USD, percent or passengers"), INDICATOR(
                            "an indicator code used by a metric"), SECTOR(
                                    "a sector id or OECD DAC CRS purpose code"), COUNTRY(
                                            "an ISO 3166-1 alpha-2 or alpha-3 country code"), REGION(
                                                    "a UN M49 region or subregion of a listed country, such as Africa or South-eastern Asia");

    private final String expected;

    Catalog(String expected) {
        this.expected = expected;
    }

    /** What a valid value looks like, for error messages. */
    public String expected() {
        return expected;
    }
}
