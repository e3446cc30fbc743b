package org.bri.data.common;

/** A repository of records keyed by a string id, whose ids are the values of a filter. */
public interface IdRepository<E> extends IdOrdered<E>, IdCatalog {

    @Override
    default boolean contains(String id) {
        return count("id", id) > 0;
    }
}
