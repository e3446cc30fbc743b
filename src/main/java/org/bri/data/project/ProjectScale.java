package org.bri.data.project;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** Whether a project is a flagship or a "small and beautiful" wellbeing project. */
public enum ProjectScale implements Slugged {

    FLAGSHIP, SMALL_AND_BEAUTIFUL;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<ProjectScale> {

        public Column() {
            super(ProjectScale.class);
        }
    }
}
