package org.bri.data.change;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One change as the feed and the history serve it, with the record as it stood afterwards. */
public record ChangeResponse(long seq, RecordType type, String id, ChangeAction action, int version, String actor,
        OffsetDateTime at, @JsonRawValue String record) {

    static ChangeResponse from(Change c) {
        return new ChangeResponse(c.seq, c.recordType, c.recordId, c.action, c.version, c.actor, c.changedAt,
                c.record);
    }
}
