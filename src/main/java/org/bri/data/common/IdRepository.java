package org.bri.data.common;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** A repository of records keyed by a string id, whose ids are the values of a filter. */
public interface IdRepository<E> extends PanacheRepositoryBase<E, String>, IdCatalog {

    @Override
    default boolean contains(String id) {
        return count("id", id) > 0;
    }
}
