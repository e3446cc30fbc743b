package org.bri.data.source;

import java.time.OffsetDateTime;

/** A source document's metadata; its text is served separately. */
public record SourceResponse(String id, String title, String publisher, String author, SourceKind kind,
        String publishedOn, String deliveredOn, String dateNote, String language, int characters, int bodyStart,
        String sha256, String textUrl, int version, OffsetDateTime updatedAt) {

    public static SourceResponse from(Source s) {
        return new SourceResponse(s.id, s.title, s.publisher, s.author, s.kind, s.publishedOn, s.deliveredOn,
                s.dateNote, s.language, s.characters, s.bodyStart, s.sha256, textUrl(s.id), s.version, s.updatedAt);
    }

    /** Where a source's full text is served, relative to the server's root. */
    static String textUrl(String id) {
        return "/api/v1/sources/" + id + "/text";
    }
}
