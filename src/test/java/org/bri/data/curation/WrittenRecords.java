package org.bri.data.curation;

import jakarta.persistence.EntityManager;

import org.bri.data.common.DataVersion;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Removes what curation tests wrote, so that every other test sees only the seeds. */
public final class WrittenRecords {

    private WrittenRecords() {
    }

    /**
     * The statements, metrics, projects, speakers and sources whose ids start with {@code test-} or {@code example-}
     * go, tombstones included, with their changes, and the change counter goes back to the last change left, so that every
     * other test sees only the seeds and their data version.
     */
    public static void remove(EntityManager em, DataVersion version) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from change_log where record_id like 'test-%' or record_id like 'example-%'")
                    .executeUpdate();
            // Their countries, themes, evidence and the like go with them (on delete cascade); those that reference a
            // project or a speaker go before it.
            em.createNativeQuery("delete from statement where id like 'test-%' or id like 'example-%'")
                    .executeUpdate();
            em.createNativeQuery("delete from metric where id like 'test-%' or id like 'example-%'").executeUpdate();
            em.createNativeQuery("delete from project where id like 'test-%' or id like 'example-%'").executeUpdate();
            em.createNativeQuery("delete from speaker where id like 'test-%' or id like 'example-%'").executeUpdate();
            em.createNativeQuery("delete from source where id like 'example-%'").executeUpdate();
            em.createNativeQuery("update data_load set changes = (select coalesce(max(seq), 0) from change_log) "
                    + "where id = 1").executeUpdate();
        });
        version.refresh();
    }
}
