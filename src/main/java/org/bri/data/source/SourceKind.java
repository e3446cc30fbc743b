package org.bri.data.source;

import jakarta.persistence.Converter;

import org.bri.data.common.SlugConverter;
import org.bri.data.common.Slugged;

/** What kind of document a source is. */
public enum SourceKind implements Slugged {

    NEWS, COMMENTARY, SPEECH, JOURNAL_ARTICLE, OFFICIAL_ARTICLE;

    /** Stores the value as its slug. */
    @Converter(autoApply = true)
    public static class Column extends SlugConverter<SourceKind> {

        public Column() {
            super(SourceKind.class);
        }
    }
}
