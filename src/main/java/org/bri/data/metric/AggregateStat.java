package org.bri.data.metric;

import org.bri.data.common.Slugged;

/** What an aggregate computes for each group of figures. */
public enum AggregateStat implements Slugged {

    SUM, COUNT, MIN, MAX, LATEST;

    /** Whether the statistic combines or compares values, which needs figures in one unit and of one kind. */
    boolean readsValues() {
        return this != COUNT;
    }
}
