package org.bri.data.change;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Records each write in the transaction that makes it, numbered in commit order. */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final ObjectMapper mapper;

    ChangeLog(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Takes the next change number. The update locks the one data_load row until the transaction ends, so writers
     * queue here and numbers are committed in order: a feed reader past number n never misses a later commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next() {
        em.createNativeQuery("update data_load set changes = changes + 1 where id = 1").executeUpdate();
        return ((Number) em.createNativeQuery("select changes from data_load where id = 1").getSingleResult())
                .longValue();
    }

    /** Records a change under a number taken by {@link #next()} in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change record(long seq, RecordType type, String id, ChangeAction action, int version, String actor,
            Object served) {
        Change change = new Change();
        change.seq = seq;
        change.recordType = type;
        change.recordId = id;
        change.action = action;
        change.version = version;
        change.actor = actor;
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            change.record = served == null ? null : mapper.writeValueAsString(served);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A served record is always JSON", e);
        }
        em.persist(change);
        return change;
    }
}
