package org.bri.data.seed;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.bri.data.seed.SeedRecords.Seed;
import org.jboss.logging.Logger;

/**
 * The seeds of one entity type and how a seed fills an entity, written by id: each upserted, every other removed;
 * but a record a curator has written (created, changed or deleted) is left as the curator left it.
 */
record SeedTable<E, S extends Seed>(Class<E> type, List<S> seeds, BiConsumer<E, S> fill) {

    private static final Logger LOG = Logger.getLogger(SeedTable.class);

    /**
     * Updates the entity with each seed's id, or creates it; a new entity is persisted only once filled, because the
     * insert takes the state the entity has when it is persisted.
     */
    void put(EntityManager em) {
        Set<String> curated = curated(em);
        for (S seed : seeds) {
            if (curated.contains(seed.id())) {
                // A conflict between the release and a curator: reported, and the curator's record kept.
                LOG.warnf("Seed data: %s '%s' has been written by a curator since it was loaded; this release's "
                        + "version of it is not applied (see its history)", kind(), seed.id());
                continue;
            }
            E found = em.find(type, seed.id());
            E entity = found != null ? found : create(em, seed.id());
            fill.accept(entity, seed);
            if (found == null) {
                em.persist(entity);
            }
        }
    }

    /** Deletes the entities that the seeds no longer hold. */
    void prune(EntityManager em) {
        Set<String> keep = seeds.stream().map(Seed::id).collect(Collectors.toSet());
        keep.addAll(curated(em));
        for (E entity : em.createQuery("from " + type.getSimpleName(), type).getResultList()) {
            Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            if (!keep.contains(String.valueOf(id))) {
                em.remove(entity);
            }
        }
        em.flush();
    }

    /** The ids of this type's records that the change log shows a curator has written. */
    @SuppressWarnings("unchecked")
    private Set<String> curated(EntityManager em) {
        return new HashSet<>(em.createNativeQuery("select distinct record_id from change_log where record_type = ?1")
                .setParameter(1, kind()).getResultList());
    }

    /** The record type as the change log names it: the entity's name in lower case (metric, source...). */
    private String kind() {
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** A new entity with its id set, before it is persisted; the JPA metamodel names the id field. */
    private E create(EntityManager em, String id) {
        try {
            E entity = type.getDeclaredConstructor().newInstance();
            // The field itself: after Quarkus enhances the entity the id field need not be public any more.
            Field field = (Field) em.getMetamodel().entity(type).getId(String.class).getJavaMember();
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a " + type.getSimpleName(), e);
        }
    }
}
