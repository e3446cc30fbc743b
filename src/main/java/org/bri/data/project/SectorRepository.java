package org.bri.data.project;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;

import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Project sectors, known by id or by OECD DAC CRS purpose code. */
@ApplicationScoped
@Unremovable // looked up by the filter validator, never injected
public class SectorRepository implements PanacheRepositoryBase<Sector, String>, IdCatalog {

    @Override
    public Catalog catalog() {
        return Catalog.SECTOR;
    }

    @Override
    public boolean contains(String idOrCrsCode) {
        return count("id = ?1 or crsCode = ?1", idOrCrsCode) > 0;
    }
}
