package org.bri.data.project;

import org.bri.data.common.Slugged;

/** What kind of undertaking a project is. */
public enum ProjectType implements Slugged {

    RAILWAY("railway"), HIGH_SPEED_RAILWAY("high-speed-railway"), URBAN_RAIL("urban-rail"), PORT(
            "port"), FREIGHT_SERVICE("freight-service"), CORRIDOR("corridor"), ECONOMIC_CORRIDOR(
                    "economic-corridor"), PROGRAMME("programme"), FUND(
                            "fund"), BANK("bank"), MECHANISM("mechanism"), PLATFORM("platform"), FORUM("forum");

    private final String slug;

    ProjectType(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
