package org.bri.data.statement;

import org.bri.data.common.Facet;

/**
 * What the statement lists can count their statements by: each vocabulary and id filter, and the calendar years of
 * their dates, which stand for the {@code from} and {@code to} filters.
 */
public enum StatementFacet implements Facet {

    SPEAKER, TYPE, THEME, PROJECT, COUNTRY, SOURCE, YEAR
}
