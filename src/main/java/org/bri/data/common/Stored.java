package org.bri.data.common;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/** A curated record's row as stored: its version, and whether it is a tombstone. */
public record Stored(int version, boolean deleted) {

    /** The strong entity tag of a version of a record, which If-Match names. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    public String etag() {
        return etag(version);
    }

    /**
     * The row with this id in a table of curated records, tombstones included (which no entity query sees); empty
     * when the id was never used. The table is the caller's constant, never a request's value.
     */
    public static Optional<Stored> of(EntityManager em, String table, String id) {
        List<?> rows = em.createNativeQuery("select version, case when deleted_at is null then 0 else 1 end from "
                + table + " where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Stored(((Number) columns[0]).intValue(), ((Number) columns[1]).intValue() == 1);
        });
    }
}
