package org.bri.data.statement;

import java.time.OffsetDateTime;

import org.bri.data.common.Curated;

/** A person or issuing body with role and organization as the source gives them, and the version curators write. */
public record SpeakerResponse(String id, String name, String role, String organization, SpeakerKind kind,
        int version, OffsetDateTime updatedAt) implements Curated {

    public static SpeakerResponse from(Speaker p) {
        return new SpeakerResponse(p.id, p.name, p.role, p.organization, p.kind, p.version, p.updatedAt);
    }
}
