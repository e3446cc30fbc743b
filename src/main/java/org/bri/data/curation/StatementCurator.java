package org.bri.data.curation;

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
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.seed.SeedExport;
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

/** Writes statements sent in the seed format under the loader's own rules and fill, logging each change. */
@ApplicationScoped
class StatementCurator implements StatementWrites {

    private static final String KIND = "statement";
    private static final String PLURAL = "statements";
    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 120;
    private static final int TEXT = 4000;
    private static final int NOTE = 2000;

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
        StatementSeed seed = read(draft);
        // Taken before the checks: the change number's row lock queues two writes of one id, and keeps a project or
        // speaker from being deleted between the check of the reference and the write.
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        if (statements.stored(seed.id()).isPresent()) {
            throw Records.taken(KIND, seed.id());
        }
        return insert(seq, seed, anchors, actor);
    }

    @Override
    @Transactional
    public Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = Records.creating(KIND, PLURAL, id, ifMatch, ifNoneMatch);
        StatementSeed seed = read(Records.named(draft, id));
        Records.pathId(id, seed.id());
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        Optional<Stored> stored = statements.stored(id);
        if (creating) {
            Records.free(KIND, id, stored);
            return new Written(insert(seq, seed, anchors, actor), true);
        }
        Stored current = Records.current(KIND, id, ifMatch, stored);
        return new Written(replace(seq, current, statements.findById(id), seed, anchors, actor), false);
    }

    @Override
    @Transactional
    public StatementResponse patch(String id, JsonNode patch, String ifMatch, String actor)
            throws JsonProcessingException {
        Records.ifMatchRequired("Patching", KIND, PLURAL, id, ifMatch);
        // Taken before the statement is read, as a metric's patch takes it: the patch applies to the very version
        // If-Match names.
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, statements.stored(id));
        Statement statement = statements.findById(id);
        StatementSeed seed = read(Records.patched(KIND,
                mapper.valueToTree(SeedExport.statement(statement, e -> e.prefix)), patch));
        Records.sameId(KIND, id, seed.id());
        return replace(seq, current, statement, seed, check(seed), actor);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        Records.ifMatchRequired("Deleting", KIND, PLURAL, id, ifMatch);
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, statements.stored(id));
        Statement statement = statements.findById(id);
        statement.version = current.version() + 1;
        statement.updatedAt = Records.now();
        statement.deletedAt = statement.updatedAt;
        changes.record(seq, RecordType.STATEMENT, id, ChangeAction.DELETE, statement.version, actor, null);
    }

    private StatementResponse replace(long seq, Stored current, Statement statement, StatementSeed seed,
            Map<EvidenceSeed, Anchor> anchors, String actor) {
        SeedWriter.statement(em, anchors, statement, seed);
        statement.version = current.version() + 1;
        statement.updatedAt = Records.now();
        em.flush();
        StatementResponse served = StatementResponse.from(statement);
        changes.record(seq, RecordType.STATEMENT, statement.id, ChangeAction.UPDATE, statement.version, actor,
                served);
        return served;
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

    /** The body in the seed format; a field of the wrong type or an unknown one is the JSON mappers' 422. */
    private StatementSeed read(JsonNode draft) throws JsonProcessingException {
        return mapper.treeToValue(draft, StatementSeed.class);
    }

    /** Every rule the loader applies to a statement, and what the columns can hold; the anchors when all hold. */
    private Map<EvidenceSeed, Anchor> check(StatementSeed seed) {
        SeedValidator.MetricCheck check = SeedValidator.statement(seed, validator, records);
        List<ParameterError> errors = Records.errors(check);
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/text", seed.textOrQuote(), TEXT);
        Records.longest(errors, "/note", seed.note(), NOTE);
        Records.quotes(errors, seed.evidence());
        Records.refuse(errors);
        return check.anchors();
    }
}
