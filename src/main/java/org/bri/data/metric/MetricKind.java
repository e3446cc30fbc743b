package org.bri.data.metric;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** Whether a figure was observed, or is a target or a forecast. */
public enum MetricKind implements Slugged {

    OBSERVED, TARGET, FORECAST;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<MetricKind> {

        public Column() {
            super(MetricKind.class);
        }
    }
}
