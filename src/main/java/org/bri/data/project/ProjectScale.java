package org.bri.data.project;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** Whether a project is a flagship or a "small and beautiful" wellbeing project. */
public enum ProjectScale implements Slugged {

    FLAGSHIP, SMALL_AND_BEAUTIFUL;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
