package org.bri.data.metric;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;

import io.quarkus.arc.Unremovable;

/** The units metrics are measured in. */
@ApplicationScoped
@Unremovable // looked up by the filter validator, never injected
public class MetricUnitRepository implements IdRepository<MetricUnit> {

    @Override
    public Catalog catalog() {
        return Catalog.UNIT;
    }
}
