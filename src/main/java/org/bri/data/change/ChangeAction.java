package org.bri.data.change;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** What a change did to its record. */
public enum ChangeAction implements Slugged {

    CREATE, UPDATE, DELETE;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
