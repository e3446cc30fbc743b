package org.bri.data.source;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;
import org.bri.data.common.Order;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Queries over source documents. */
@ApplicationScoped
public class SourceRepository implements IdRepository<Source> {

    /** The sources, or those written at or after a moment when one is given. */
    PanacheQuery<Source> search(OffsetDateTime updatedSince, Order order) {
        Where where = new Where();
        if (updatedSince != null) {
            where.and("s.updatedAt >= :updatedSince", "updatedSince", updatedSince);
        }
        return find(order.restrict(where, "s").query("from Source s"), order.sort(), where.parameters());
    }

    /** The full text of a source, read without loading it into list queries. */
    public Optional<String> text(String id) {
        return find("select s.content from Source s where s.id = ?1", id).project(String.class).firstResultOptional();
    }

    /** A source's id and full text. */
    public record Text(String id, String content) {
    }

    /** The texts of the first {@code size} sources after an id (from the first when it is null), in id order. */
    public List<Text> textsAfter(String id, int size) {
        var query = getEntityManager().createQuery(
                "select s.id, s.content from Source s" + (id == null ? "" : " where s.id > :after") + " order by s.id",
                Object[].class).setMaxResults(size);
        if (id != null) {
            query.setParameter("after", id);
        }
        return query.getResultStream().map(row -> new Text((String) row[0], (String) row[1])).toList();
    }

    @Override
    public Catalog catalog() {
        return Catalog.SOURCE;
    }
}
