package org.bri.data.project;

import org.bri.data.common.Slugged;

/**
 * A project's stage, mapped to the IATI activity status code list. The IATI code describes the
 * building or financing activity: an operational railway's construction is complete but still
 * followed up, hence Finalisation (3).
 */
public enum ProjectStatus implements Slugged {

    PLANNED("planned", 1), UNDER_CONSTRUCTION("under-construction", 2), OPERATIONAL("operational",
            3), ONGOING("ongoing", 2);

    private final String slug;
    private final int iatiCode;

    ProjectStatus(String slug, int iatiCode) {
        this.slug = slug;
        this.iatiCode = iatiCode;
    }

    @Override
    public String slug() {
        return slug;
    }

    public int iatiCode() {
        return iatiCode;
    }
}
