package org.bri.data.source;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;

/** One source document and its full text. */
@Entity
public class Source {

    @Id
    public String id;

    public String title;
    public String publisher;
    public String author;
    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    public String publishedOn;

    public String deliveredOn;

    public String dateNote;

    public String language;
    public int characters;
    /** The code point offset where the document's body starts, after any leftover web-page text. */
    public int bodyStart;
    public String sha256;

    /** Counts the record's changes from 1; the ETag and If-Match name it. */
    public int version;

    public OffsetDateTime updatedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(length = 200000)
    public String content;
}
