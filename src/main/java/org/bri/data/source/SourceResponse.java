package org.bri.data.source;

import java.time.OffsetDateTime;

/** A source document's metadata; its text is served separately. */
public record SourceResponse(String id, String title, String publisher, String author, SourceKind kind,
        String publishedOn, String deliveredOn, String dateNote, String language, int characters, int bodyStart,
        String sha256, String textUrl, int version, OffsetDateTime updatedAt) {

    public static SourceResponse from(Source s) {
        return new SourceResponse(s.id, s.title, s.publisher, s.author, s.kind, s.publishedOn, s.deliveredOn,
                s.dateNote, s.language, s.characters, s.bodyStart, s.sha256, "/api/v1/sources/" + s.id + "/text",
                s.version, s.updatedAt);
    }
}
