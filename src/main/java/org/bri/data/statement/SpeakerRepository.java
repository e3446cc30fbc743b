package org.bri.data.statement;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;
import org.bri.data.common.Order;
import org.bri.data.common.Stored;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Queries over the people and bodies that statements are attributed to. */
@ApplicationScoped
public class SpeakerRepository implements IdRepository<Speaker> {

    PanacheQuery<Speaker> search(List<SpeakerKind> kinds, Order order) {
        Where where = new Where().and("s.kind in :kinds", "kinds", kinds);
        return find(order.restrict(where, "s").query("from Speaker s"), order.sort(), where.parameters());
    }

    /** The speaker's row as stored, tombstones included; empty when the id was never used. */
    public Optional<Stored> stored(String id) {
        return Stored.of(getEntityManager(), "speaker", id);
    }

    /** How many standing statements are attributed to the speaker. */
    public long statements(String id) {
        return getEntityManager().createQuery("select count(s) from Statement s where s.speaker.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    @Override
    public Catalog catalog() {
        return Catalog.SPEAKER;
    }
}
