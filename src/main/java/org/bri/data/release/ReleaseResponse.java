package org.bri.data.release;

import java.time.OffsetDateTime;

import org.bri.data.seed.DataCounts;

/** A release as the API serves it: which data it holds, since when, by whom, with its checksum and counts. */
public record ReleaseResponse(int number, ReleaseKind kind, OffsetDateTime publishedAt, String publishedBy,
        String checksum, long changeSeq, DataCounts counts) {

    public static ReleaseResponse from(Release r) {
        return new ReleaseResponse(r.number, r.kind, r.publishedAt, r.publishedBy, r.checksum, r.changeSeq,
                r.counts());
    }
}
