package org.bri.data.change;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Order;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over the change log. */
@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<Change, Long> {

    /** Changes after a number, of some record types, or of one record. */
    record Filter(long since, List<RecordType> types, String recordId) {
    }

    PanacheQuery<Change> search(Filter f, Order order) {
        Where where = new Where().and("c.seq > :since", "since", f.since())
                .and("c.recordType in :types", "types", f.types());
        if (f.recordId() != null) {
            where.and("c.recordId = :id", "id", f.recordId());
        }
        return find(order.restrict(where, "c").query("from Change c"), order.sort(), where.parameters());
    }
}
