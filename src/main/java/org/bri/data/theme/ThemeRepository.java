package org.bri.data.theme;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over the theme vocabulary. */
@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, String> {

    public boolean exists(String id) {
        return count("id", id) > 0;
    }
}
