package org.bri.data.metric;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A unit of measure: an ISO 4217 currency code or a plain noun. */
@Entity
public class MetricUnit {

    @Id
    public String id;

    public String label;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
}
