package org.bri.data.project;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** What kind of undertaking a project is. */
public enum ProjectType implements Slugged {

    RAILWAY, HIGH_SPEED_RAILWAY, URBAN_RAIL, PORT, FREIGHT_SERVICE, RAIL_SERVICE, ROUTE, CORRIDOR, ECONOMIC_CORRIDOR, PROGRAMME, FUND, BANK, MECHANISM, PLATFORM, FORUM;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
