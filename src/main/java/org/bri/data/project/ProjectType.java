package org.bri.data.project;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** What kind of undertaking a project is. */
public enum ProjectType implements Slugged {

    RAILWAY, HIGH_SPEED_RAILWAY, URBAN_RAIL, PORT, FREIGHT_SERVICE, RAIL_SERVICE, ROUTE, CORRIDOR, ECONOMIC_CORRIDOR, PROGRAMME, FUND, BANK, MECHANISM, PLATFORM, FORUM;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<ProjectType> {

        public Column() {
            super(ProjectType.class);
        }
    }
}
