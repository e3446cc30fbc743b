package org.bri.data.common;

import io.quarkus.panache.common.Page;

/** A page number (from 1) and a page size, as requested by a client. */
public record PageRequest(int page, int size) {

    /** The number of items before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The same page in Panache's zero-based terms. */
    public Page toPanache() {
        return Page.of(page - 1, size);
    }
}
