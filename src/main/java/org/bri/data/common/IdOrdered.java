package org.bri.data.common;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** A repository of records keyed by a string id that can be read through in id order, one batch at a time. */
public interface IdOrdered<E> extends PanacheRepositoryBase<E, String> {

    /**
     * The first {@code size} records after an id (from the first when it is null), in id order: read batch after
     * batch, by the last id of the one before, a walk through every record keeps only one batch in memory and runs a
     * few queries a batch, where one query's scroll would fetch each record's collections one record at a time.
     */
    default List<E> after(String id, int size) {
        PanacheQuery<E> batch = id == null ? find("order by id") : find("id > ?1 order by id", id);
        return batch.page(0, size).list();
    }
}
