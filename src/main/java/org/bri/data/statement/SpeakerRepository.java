package org.bri.data.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries over the people and bodies that statements are attributed to. */
@ApplicationScoped
public class SpeakerRepository implements PanacheRepositoryBase<Speaker, String>, IdCatalog {

    PanacheQuery<Speaker> search(List<SpeakerKind> kinds, Sort sort) {
        Where where = new Where().and("s.kind in :kinds", "kinds", kinds);
        return find(where.query("from Speaker s"), sort, where.parameters());
    }

    boolean exists(String id) {
        return count("id", id) > 0;
    }

    @Override
    public Catalog catalog() {
        return Catalog.SPEAKER;
    }

    @Override
    public boolean contains(String value) {
        return exists(value);
    }
}
