package org.bri.data.theme;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over the theme vocabulary. */
@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, String>, IdCatalog {

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    @Override
    public Catalog catalog() {
        return Catalog.THEME;
    }

    @Override
    public boolean contains(String value) {
        return exists(value);
    }
}
