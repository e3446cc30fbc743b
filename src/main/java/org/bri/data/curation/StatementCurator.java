package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes statements sent in the seed format under the loader's own rules and fill. */
@ApplicationScoped
class StatementCurator extends Curator<StatementSeed, Statement, StatementResponse> {

    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 120;
    private static final int TEXT = 4000;
    private static final int NOTE = 2000;

    private final EntityManager em;
    private final Validator validator;
    private final StatementRepository statements;
    private final Records records;

    StatementCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            StatementRepository statements, Records records) {
        super(RecordType.STATEMENT, StatementSeed.class, mapper, changes, statements);
        this.em = em;
        this.validator = validator;
        this.statements = statements;
        this.records = records;
    }

    @Override
    Optional<Stored> stored(String id) {
        return statements.stored(id);
    }

    @Override
    Map<EvidenceSeed, Anchor> check(StatementSeed seed) {
        SeedValidator.MetricCheck check = SeedValidator.statement(seed, validator, records);
        List<ParameterError> errors = Records.errors(check);
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/text", seed.textOrQuote(), TEXT);
        Records.longest(errors, "/note", seed.note(), NOTE);
        Records.quotes(errors, seed.evidence());
        Records.refuse(errors);
        return check.anchors();
    }

    @Override
    Statement blank(String id) {
        Statement statement = new Statement();
        statement.id = id;
        return statement;
    }

    @Override
    void fill(Statement statement, StatementSeed seed, Map<EvidenceSeed, Anchor> anchors) {
        SeedWriter.statement(em, anchors, statement, seed);
    }

    @Override
    void stamp(Statement statement, int version, OffsetDateTime at, boolean deleted) {
        statement.version = version;
        statement.updatedAt = at;
        if (deleted) {
            statement.deletedAt = at;
        }
    }

    @Override
    StatementResponse served(Statement statement) {
        return StatementResponse.from(statement);
    }

    @Override
    Object exported(Statement statement) {
        return SeedExport.statement(statement, e -> e.prefix);
    }
}
