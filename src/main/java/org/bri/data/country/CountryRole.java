package org.bri.data.country;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** How a country takes part in a project: where it is (host) or who builds, finances, founds or leads it (partner). */
public enum CountryRole implements Slugged {

    HOST, PARTNER;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
