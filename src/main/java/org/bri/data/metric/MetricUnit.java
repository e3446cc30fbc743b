package org.bri.data.metric;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of measure: an ISO 4217 currency code or a plain noun. */
@Entity
@Table(name = "metric_unit")
public class MetricUnit {

    @Id
    public String id;

    public String label;
    public UnitKind kind;
}
