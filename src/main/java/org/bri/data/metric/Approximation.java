package org.bri.data.metric;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** How a printed figure qualifies its number ("over", "nearly", a range...). */
public enum Approximation implements Slugged {

    EXACT, MORE_THAN, NEARLY, ABOUT, UP_TO, RANGE;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
