package org.bri.data.metric;

import java.util.Collection;

import org.bri.data.common.Slugged;

/** What an aggregate's value says of the true one, given the approximations of the figures it comes from. */
public enum Bound implements Slugged {

    /** Every figure behind it is exact. */
    EXACT,
    /** The true value is at least this: its approximate figures are "more than" ones or the low ends of ranges. */
    LOWER,
    /** The true value is at most this: its approximate figures are "nearly" or "up to" ones. */
    UPPER,
    /** Its figures are "about" ones, or lower and upper bounds mixed: near the true value, on either side. */
    APPROXIMATE;

    /** The bound of a value computed from figures with these approximations. */
    static Bound of(Collection<Approximation> approximations) {
        boolean lower = false;
        boolean upper = false;
        for (Approximation a : approximations) {
            switch (a) {
                case EXACT -> {
                }
                case MORE_THAN, RANGE -> lower = true;
                case NEARLY, UP_TO -> upper = true;
                case ABOUT -> {
                    return APPROXIMATE;
                }
            }
        }
        if (lower && upper) {
            return APPROXIMATE;
        }
        return lower ? LOWER : upper ? UPPER : EXACT;
    }
}
