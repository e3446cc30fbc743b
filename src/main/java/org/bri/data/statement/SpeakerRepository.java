package org.bri.data.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** Queries over the people and bodies that statements are attributed to. */
@ApplicationScoped
public class SpeakerRepository implements IdRepository<Speaker> {

    PanacheQuery<Speaker> search(List<SpeakerKind> kinds, Sort sort) {
        Where where = new Where().and("s.kind in :kinds", "kinds", kinds);
        return find(where.query("from Speaker s"), sort, where.parameters());
    }

    @Override
    public Catalog catalog() {
        return Catalog.SPEAKER;
    }
}
