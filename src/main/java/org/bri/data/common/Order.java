package org.bri.data.common;

import io.quarkus.panache.common.Sort;

/** The order a list is read in and, when a cursor walks it, the record the page starts after. */
public final class Order {

    private final Sort sort;
    private final Cursor after;

    Order(Sort sort, Cursor after) {
        this.sort = sort;
        this.after = after;
    }

    public Sort sort() {
        return sort;
    }

    /** Adds the keyset condition that keeps only the records after the cursor's, if a cursor is given. */
    public Where restrict(Where where, String alias) {
        if (after != null) {
            after.after(where, alias, sort);
        }
        return where;
    }
}
