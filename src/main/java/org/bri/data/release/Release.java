package org.bri.data.release;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;

import org.bri.data.seed.DataCounts;
import org.hibernate.annotations.Immutable;

/** One numbered release of the data: written once, when it is loaded or published, and never changed. */
@Entity
@Immutable
public class Release {

    @Id
    Integer number;

    @Enumerated(EnumType.STRING)
    ReleaseKind kind;

    OffsetDateTime publishedAt;

    /** The editor's token subject, or "seed" for a seed release. */
    String publishedBy;

    /** The checksum of the snapshot's files, as the loader computes it and the snapshot's release.json records it. */
    String checksum;

    /** The change-feed number the snapshot includes up to: its changes are those up to here, and none after. */
    long changeSeq;

    int sources;
    int themes;
    int countries;
    int sectors;
    int units;
    int speakers;
    int projects;
    int metrics;
    int statements;

    /** The data as a seeds folder in a ZIP archive; read only when asked for, since lists never need it. */
    @Basic(fetch = FetchType.LAZY)
    byte[] snapshot;

    static Release of(int number, ReleaseKind kind, OffsetDateTime publishedAt, String publishedBy, String checksum,
            long changeSeq, DataCounts counts, byte[] snapshot) {
        Release r = new Release();
        r.number = number;
        r.kind = kind;
        r.publishedAt = publishedAt;
        r.publishedBy = publishedBy;
        r.checksum = checksum;
        r.changeSeq = changeSeq;
        r.sources = counts.sources();
        r.themes = counts.themes();
        r.countries = counts.countries();
        r.sectors = counts.sectors();
        r.units = counts.units();
        r.speakers = counts.speakers();
        r.projects = counts.projects();
        r.metrics = counts.metrics();
        r.statements = counts.statements();
        r.snapshot = snapshot;
        return r;
    }

    DataCounts counts() {
        return new DataCounts(sources, themes, countries, sectors, units, speakers, projects, metrics, statements);
    }
}
