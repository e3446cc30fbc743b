package org.bri.data.metric;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** What a unit measures: money, a count of things, a physical measure or a ratio. */
public enum UnitKind implements Slugged {

    CURRENCY, COUNT, MEASURE, RATIO;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
