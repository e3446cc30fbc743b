package org.bri.data.seed;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.bri.data.seed.SeedRecords.Seed;

/** The seeds of one entity type and how a seed fills an entity, written by id: each upserted, every other removed. */
record SeedTable<E, S extends Seed>(Class<E> type, List<S> seeds, BiConsumer<E, S> fill) {

    /**
     * Updates the entity with each seed's id, or creates it; a new entity is persisted only once filled, because the
     * insert takes the state the entity has when it is persisted.
     */
    void put(EntityManager em) {
        for (S seed : seeds) {
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
        for (E entity : em.createQuery("from " + type.getSimpleName(), type).getResultList()) {
            Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            if (!keep.contains(String.valueOf(id))) {
                em.remove(entity);
            }
        }
        em.flush();
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
