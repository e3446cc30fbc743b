package org.bri.data.project;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/**
 * A project's stage, mapped to the IATI activity status code list. The IATI code describes the
 * building or financing activity: an operational railway's construction is complete but still
 * followed up, hence Finalisation (3).
 */
public enum ProjectStatus implements Slugged {

    PLANNED(1), UNDER_CONSTRUCTION(2), OPERATIONAL(3), ONGOING(2);

    private final int iatiCode;

    ProjectStatus(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
