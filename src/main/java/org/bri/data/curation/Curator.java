package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import jakarta.transaction.Transactional;

import org.bri.data.change.ChangeAction;
import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.Curated;
import org.bri.data.common.RecordWrites;
import org.bri.data.common.Stored;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.Seed;
import org.bri.data.source.Anchor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Writes one kind of record sent in the seed format under the loader's own rules and fill, logging each change. */
abstract class Curator<S extends Seed, E, R extends Curated> implements RecordWrites<R> {

    private final RecordType type;
    private final String kind;
    private final String plural;
    private final Class<S> seedType;
    private final ObjectMapper mapper;
    private final ChangeLog changes;
    private final PanacheRepositoryBase<E, String> repository;

    Curator(RecordType type, Class<S> seedType, ObjectMapper mapper, ChangeLog changes,
            PanacheRepositoryBase<E, String> repository) {
        this.type = type;
        this.kind = type.slug();
        this.plural = kind + "s";
        this.seedType = seedType;
        this.mapper = mapper;
        this.changes = changes;
        this.repository = repository;
    }

    /**
     * For ArC, whose client proxy of an application-scoped curator needs a no-args constructor up its hierarchy; the
     * proxy hands every call to the bean, so it needs none of these.
     */
    Curator() {
        this.type = null;
        this.kind = null;
        this.plural = null;
        this.seedType = null;
        this.mapper = null;
        this.changes = null;
        this.repository = null;
    }

    /** The record's row as stored, tombstones included; empty when the id was never used. */
    abstract Optional<Stored> stored(String id);

    /** Every rule the loader applies to the record, and what the columns can hold; the anchors when all hold. */
    abstract Map<EvidenceSeed, Anchor> check(S seed);

    /** A new entity with this id, not yet filled. */
    abstract E blank(String id);

    /** Fills the entity from the seed as the loader would. */
    abstract void fill(E entity, S seed, Map<EvidenceSeed, Anchor> anchors);

    /** Sets the entity's version and the time it was written, and marks it deleted at that time if it is. */
    abstract void stamp(E entity, int version, OffsetDateTime at, boolean deleted);

    /** The entity as the API serves it. */
    abstract R served(E entity);

    /** The entity in the seed format, which a patch applies to. */
    abstract Object exported(E entity);

    /** Updates what depends on a replaced record's fields, once they are filled in. */
    void replaced(E entity) {
    }

    /** Refuses to delete a record that others still reference; called under the change number's lock. */
    void referenced(String id) {
    }

    @Override
    @Transactional
    public R create(JsonNode draft, String actor) throws JsonProcessingException {
        S seed = read(draft);
        // Taken before the checks: the change number's row lock queues two writes of one id, and keeps a referenced
        // record from being deleted between the check of a reference and the write.
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        if (stored(seed.id()).isPresent()) {
            throw Records.taken(kind, seed.id());
        }
        return insert(seq, seed, anchors, actor);
    }

    @Override
    @Transactional
    public Written<R> put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = Records.creating(kind, plural, id, ifMatch, ifNoneMatch);
        S seed = read(Records.named(draft, id));
        Records.pathId(id, seed.id());
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        Optional<Stored> stored = stored(id);
        if (creating) {
            Records.free(kind, id, stored);
            return new Written<>(insert(seq, seed, anchors, actor), true);
        }
        Stored current = Records.current(kind, id, ifMatch, stored);
        return new Written<>(replace(seq, current, repository.findById(id), seed, anchors, actor), false);
    }

    @Override
    @Transactional
    public R patch(String id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException {
        Records.ifMatchRequired("Patching", kind, plural, id, ifMatch);
        // Taken before the record is read: the row lock keeps other writes out until the patched record is stored,
        // so the patch applies to the very version If-Match names.
        long seq = changes.next();
        Stored current = Records.current(kind, id, ifMatch, stored(id));
        E entity = repository.findById(id);
        S seed = read(Records.patched(kind, mapper.valueToTree(exported(entity)), patch));
        Records.sameId(kind, id, seed.id());
        return replace(seq, current, entity, seed, check(seed), actor);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        Records.ifMatchRequired("Deleting", kind, plural, id, ifMatch);
        long seq = changes.next();
        Stored current = Records.current(kind, id, ifMatch, stored(id));
        referenced(id);
        E entity = repository.findById(id);
        int version = current.version() + 1;
        stamp(entity, version, Records.now(), true);
        changes.record(seq, type, id, ChangeAction.DELETE, version, actor, null);
    }

    private R replace(long seq, Stored current, E entity, S seed, Map<EvidenceSeed, Anchor> anchors, String actor) {
        fill(entity, seed, anchors);
        replaced(entity);
        int version = current.version() + 1;
        stamp(entity, version, Records.now(), false);
        return logged(seq, entity, seed.id(), version, ChangeAction.UPDATE, actor);
    }

    private R insert(long seq, S seed, Map<EvidenceSeed, Anchor> anchors, String actor) {
        E entity = blank(seed.id());
        fill(entity, seed, anchors);
        stamp(entity, 1, Records.now(), false);
        repository.persist(entity);
        return logged(seq, entity, seed.id(), 1, ChangeAction.CREATE, actor);
    }

    /** The written entity, flushed, as served and logged in the change feed. */
    private R logged(long seq, E entity, String id, int version, ChangeAction action, String actor) {
        repository.flush();
        R served = served(entity);
        changes.record(seq, type, id, action, version, actor, served);
        return served;
    }

    /** The body in the seed format; a field of the wrong type or an unknown one is the JSON mappers' 422. */
    private S read(JsonNode draft) throws JsonProcessingException {
        return mapper.treeToValue(draft, seedType);
    }
}
