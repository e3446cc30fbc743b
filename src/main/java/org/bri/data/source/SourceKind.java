package org.bri.data.source;

import org.bri.data.common.Slugged;

/** What kind of document a source is. */
public enum SourceKind implements Slugged {

    NEWS("news"), COMMENTARY("commentary"), SPEECH("speech"), JOURNAL_ARTICLE("journal-article"), OFFICIAL_ARTICLE(
            "official-article");

    private final String slug;

    SourceKind(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
