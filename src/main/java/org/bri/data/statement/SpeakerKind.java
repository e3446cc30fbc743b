package org.bri.data.statement;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** Whether a speaker is a person or a body such as a conference or a report. */
public enum SpeakerKind implements Slugged {

    PERSON, BODY;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<SpeakerKind> {

        public Column() {
            super(SpeakerKind.class);
        }
    }
}
