package org.bri.data.metric;

import org.bri.data.common.Slugged;

/** What an aggregate groups figures by: the year they end in, or one of their countries, project, themes, sources. */
public enum AggregateGroupBy implements Slugged {

    YEAR, COUNTRY, PROJECT, THEME, SOURCE;
}
