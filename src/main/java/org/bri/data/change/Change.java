package org.bri.data.change;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One committed change to one record: the audit trail and the change feed are both read from these rows. */
@Entity
@Table(name = "change_log")
public class Change {

    /** The change's place in commit order; writers are serialized, so no later commit takes a smaller number. */
    @Id
    public Long seq;

    @Enumerated(EnumType.STRING)
    public RecordType recordType;

    public String recordId;

    @Enumerated(EnumType.STRING)
    public ChangeAction action;

    public int version;

    /** The token subject of who made the change, or "seed release N" for a load of the curated seeds. */
    public String actor;

    public OffsetDateTime changedAt;

    /** The record as the API served it after the change, as JSON; null for a deletion. */
    public String record;
}
