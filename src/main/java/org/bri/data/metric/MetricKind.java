package org.bri.data.metric;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** Whether a figure was observed, or is a target or a forecast. */
public enum MetricKind implements Slugged {

    OBSERVED, TARGET, FORECAST;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
