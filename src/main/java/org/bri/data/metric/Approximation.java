package org.bri.data.metric;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** How a printed figure qualifies its number ("over", "nearly", a range...). */
public enum Approximation implements Slugged {

    EXACT, MORE_THAN, NEARLY, ABOUT, UP_TO, RANGE;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<Approximation> {

        public Column() {
            super(Approximation.class);
        }
    }
}
