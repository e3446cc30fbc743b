package org.bri.data.theme;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;
import org.bri.data.common.Order;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Queries over the theme vocabulary. */
@ApplicationScoped
public class ThemeRepository implements IdRepository<Theme> {

    /** Every theme, in the order asked for, from the cursor's position if one is given. */
    PanacheQuery<Theme> list(Order order) {
        Where where = order.restrict(new Where(), "t");
        return find(where.query("from Theme t"), order.sort(), where.parameters());
    }

    @Override
    public Catalog catalog() {
        return Catalog.THEME;
    }
}
