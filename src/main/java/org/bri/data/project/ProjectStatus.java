package org.bri.data.project;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
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

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<ProjectStatus> {

        public Column() {
            super(ProjectStatus.class);
        }
    }
}
