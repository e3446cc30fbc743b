package org.bri.data.metric;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;

import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The units metrics are measured in. */
@ApplicationScoped
@Unremovable // looked up by the filter validator, never injected
public class MetricUnitRepository implements PanacheRepositoryBase<MetricUnit, String>, IdCatalog {

    @Override
    public Catalog catalog() {
        return Catalog.UNIT;
    }

    @Override
    public boolean contains(String id) {
        return count("id", id) > 0;
    }
}
