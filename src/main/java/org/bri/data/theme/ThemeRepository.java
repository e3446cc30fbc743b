package org.bri.data.theme;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;

/** Queries over the theme vocabulary. */
@ApplicationScoped
public class ThemeRepository implements IdRepository<Theme> {

    @Override
    public Catalog catalog() {
        return Catalog.THEME;
    }
}
