package org.bri.data.common;

/** A bean that knows which values of one {@link Catalog} exist. */
public interface IdCatalog {

    Catalog catalog();

    /** Whether the value names an existing entry; case rules are the catalog's own. */
    boolean contains(String value);
}
