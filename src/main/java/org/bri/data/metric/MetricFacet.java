package org.bri.data.metric;

import org.bri.data.common.Facet;

/**
 * What the metric lists can count their figures by: each vocabulary and id filter, and the calendar years of their
 * time, which stand for the {@code from} and {@code to} filters.
 */
public enum MetricFacet implements Facet {

    PROJECT, COUNTRY, UNIT, INDICATOR, KIND, THEME, SOURCE, YEAR
}
