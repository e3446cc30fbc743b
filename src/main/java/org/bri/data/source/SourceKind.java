package org.bri.data.source;

import jakarta.persistence.EnumeratedValue;

import org.bri.data.common.Slugged;

/** What kind of document a source is. */
public enum SourceKind implements Slugged {

    NEWS, COMMENTARY, SPEECH, JOURNAL_ARTICLE, OFFICIAL_ARTICLE;

    /** The value stored in the database: the slug. */
    @EnumeratedValue
    private final String slug = Slugged.slugOf(name());
}
