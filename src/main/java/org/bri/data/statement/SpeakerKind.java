package org.bri.data.statement;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** Whether a speaker is a person or a body such as a conference or a report. */
public enum SpeakerKind implements Slugged {

    PERSON, BODY;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
