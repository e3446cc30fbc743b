package org.bri.data.metric;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** What a unit measures: money, a count of things, a physical measure or a ratio. */
public enum UnitKind implements Slugged {

    CURRENCY, COUNT, MEASURE, RATIO;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<UnitKind> {

        public Column() {
            super(UnitKind.class);
        }
    }
}
