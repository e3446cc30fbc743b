package org.bri.data.source;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
    public SourceKind kind;

    @Column(name = "published_on")
    public String publishedOn;

    @Column(name = "delivered_on")
    public String deliveredOn;

    @Column(name = "date_note")
    public String dateNote;

    public String language;
    public int characters;
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(length = 200000)
    public String content;
}
