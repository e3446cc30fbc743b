package org.bri.data.statement;

import org.bri.data.common.Slugged;

/** Whether a speaker is a person or a body such as a conference or a report. */
public enum SpeakerKind implements Slugged {

    PERSON("person"), BODY("body");

    private final String slug;

    SpeakerKind(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
