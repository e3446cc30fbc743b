package org.bri.data.metric;

import org.bri.data.common.Slugged;

/** What a unit measures: money, a count of things, a physical measure or a ratio. */
public enum UnitKind implements Slugged {

    CURRENCY("currency"), COUNT("count"), MEASURE("measure"), RATIO("ratio");

    private final String slug;

    UnitKind(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
