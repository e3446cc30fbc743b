package org.bri.data.metric;

import org.bri.data.common.Slugged;

/** Whether a figure was observed, or is a target or a forecast. */
public enum MetricKind implements Slugged {

    OBSERVED("observed"), TARGET("target"), FORECAST("forecast");

    private final String slug;

    MetricKind(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
