package org.bri.data.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A passage of a source that supports a record, located by quote and by code point offsets. */
@Embeddable
public class Evidence {

    public String sourceId;

    /**
     * The source quoted, for its citation; read only, as {@link #sourceId} writes the column. Loaded lazily, in
     * batches, so that a page of records reads each of its sources once.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sourceId", insertable = false, updatable = false)
    public Source source;

    public String exact;
    public String prefix;
    public String suffix;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;
}
