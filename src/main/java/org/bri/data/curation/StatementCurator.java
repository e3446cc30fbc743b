package org.bri.data.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeAction;
import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.ConflictException;
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.PreconditionException;
import org.bri.data.common.Stored;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;
import org.bri.data.statement.Statement;
import org.bri.data.statement.StatementRepository;
import org.bri.data.statement.StatementResponse;
import org.bri.data.statement.StatementWrites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes statements sent in the seed format under the loader's own rules and fill, logging each change. */
@ApplicationScoped
class StatementCurator implements StatementWrites {

    private static final String KIND = "statement";
    private static final String PLURAL = "statements";
    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 120;
    private static final int TEXT = 4000;
    private static final int NOTE = 2000;
    private static final int EXACT = 4000;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ChangeLog changes;
    private final StatementRepository statements;
    private final Records records;

    StatementCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            StatementRepository statements, Records records) {
        this.em = em;
        this.mapper = mapper;
        this.validator = validator;
        this.changes = changes;
        this.statements = statements;
        this.records = records;
    }

    @Override
    @Transactional
    public StatementResponse create(JsonNode draft, String actor) throws JsonProcessingException {
        StatementSeed seed = mapper.treeToValue(draft, StatementSeed.class);
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        // Taken before the id check: the change number's row lock also queues two writes of one id.
        long seq = changes.next();
        if (statements.stored(seed.id()).isPresent()) {
            throw taken(seed.id());
        }
        return insert(seq, seed, anchors, actor);
    }

    @Override
    @Transactional
    public Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = Records.creating(KIND, PLURAL, id, ifMatch, ifNoneMatch);
        ObjectNode named = ((ObjectNode) draft).deepCopy();
        if (!named.hasNonNull("id")) {
            named.put("id", id);
        }
        StatementSeed seed = mapper.treeToValue(named, StatementSeed.class);
        if (!id.equals(seed.id())) {
            throw new InvalidRecordException(
                    List.of(InvalidRecordException.field("/id", "must be the id in the path, '" + id + "'")));
        }
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        long seq = changes.next();
        Optional<Stored> stored = statements.stored(id);
        if (creating) {
            if (stored.isPresent() && !stored.get().deleted()) {
                throw PreconditionException.failed("A statement with the id '" + id + "' exists; replace it with "
                        + "If-Match and its current ETag.");
            }
            if (stored.isPresent()) {
                throw taken(id);
            }
            return new Written(insert(seq, seed, anchors, actor), true);
        }
        Stored current = Records.current(KIND, id, ifMatch, stored);
        Statement statement = statements.findById(id);
        SeedWriter.statement(em, anchors, statement, seed);
        statement.version = current.version() + 1;
        statement.updatedAt = Records.now();
        em.flush();
        StatementResponse served = StatementResponse.from(statement);
        changes.record(seq, RecordType.STATEMENT, id, ChangeAction.UPDATE, statement.version, actor, served);
        return new Written(served, false);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        Records.ifMatchRequired(KIND, PLURAL, id, ifMatch);
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, statements.stored(id));
        Statement statement = statements.findById(id);
        statement.version = current.version() + 1;
        statement.updatedAt = Records.now();
        statement.deletedAt = statement.updatedAt;
        changes.record(seq, RecordType.STATEMENT, id, ChangeAction.DELETE, statement.version, actor, null);
    }

    private StatementResponse insert(long seq, StatementSeed seed, Map<EvidenceSeed, Anchor> anchors, String actor) {
        Statement statement = new Statement();
        statement.id = seed.id();
        SeedWriter.statement(em, anchors, statement, seed);
        statement.version = 1;
        statement.updatedAt = Records.now();
        statements.persist(statement);
        em.flush();
        StatementResponse served = StatementResponse.from(statement);
        changes.record(seq, RecordType.STATEMENT, statement.id, ChangeAction.CREATE, statement.version, actor, served);
        return served;
    }

    /** Every rule the loader applies to a statement, and what the columns can hold; the anchors when all hold. */
    private Map<EvidenceSeed, Anchor> check(StatementSeed seed) {
        SeedValidator.MetricCheck check = SeedValidator.statement(seed, validator, records);
        List<ParameterError> errors = new ArrayList<>();
        check.violations().forEach(v -> errors.add(InvalidRecordException.property(v.field(), v.detail())));
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/text", seed.textOrQuote(), TEXT);
        Records.longest(errors, "/note", seed.note(), NOTE);
        for (int i = 0; seed.evidence() != null && i < seed.evidence().size(); i++) {
            EvidenceSeed e = seed.evidence().get(i);
            Records.longest(errors, "/evidence/" + i + "/exact", e == null ? null : e.exact(), EXACT);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors.stream().distinct().toList());
        }
        return check.anchors();
    }

    private static ConflictException taken(String id) {
        return new ConflictException("The id '" + id + "' is taken by a statement, or was, before it was deleted: "
                + "ids are never reused.");
    }
}
