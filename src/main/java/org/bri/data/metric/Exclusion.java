package org.bri.data.metric;

import org.bri.data.common.Slugged;

/** Why a sum leaves out a figure of its group: adding it would count the same thing twice. */
public enum Exclusion implements Slugged {

    /** A point-in-time figure of a series whose later (or same-dated) figure is added instead. */
    SUPERSEDED,
    /** A period figure of a series whose period overlaps that of a figure added before it. */
    OVERLAPPING_PERIOD,
    /** A point-in-time figure of a series whose period figures are added instead. */
    LEVEL_WITH_PERIODS;
}
