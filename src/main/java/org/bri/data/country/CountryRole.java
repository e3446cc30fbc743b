package org.bri.data.country;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** How a country takes part in a project: where it is (host) or who builds, finances, founds or leads it (partner). */
public enum CountryRole implements Slugged {

    HOST, PARTNER;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<CountryRole> {

        public Column() {
            super(CountryRole.class);
        }
    }
}
