package org.bri.data.statement;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.SQLRestriction;

/** A person or an issuing body that statements are attributed to. */
@Entity
// A deleted speaker is kept as a tombstone, so that its id is never reused; no query or lookup ever serves it.
@SQLRestriction("deleted_at is null")
public class Speaker {

    @Id
    public String id;

    public String name;
    public String role;
    public String organization;
    @Enumerated(EnumType.STRING)
    public SpeakerKind kind;

    /** Counts the speaker's writes, from 1; its ETag names it. */
    public int version;

    /** When the speaker was last written, by a curator or by the load of a seed release. */
    public OffsetDateTime updatedAt;

    /** When a curator deleted the speaker; null while it stands. */
    public OffsetDateTime deletedAt;
}
