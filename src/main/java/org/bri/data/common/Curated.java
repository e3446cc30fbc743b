package org.bri.data.common;

/** A curated record as served: what its address and its ETag are made of. */
public interface Curated {

    String id();

    int version();
}
