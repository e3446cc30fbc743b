package org.bri.data.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A passage of a source that supports a record, located by quote and by code point offsets. */
@Embeddable
public class Evidence {

    public String sourceId;

    public String exact;
    public String prefix;
    public String suffix;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;
}
