package org.bri.data.curation;

import java.math.BigDecimal;
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
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.metric.Metric;
import org.bri.data.metric.MetricRepository;
import org.bri.data.metric.MetricResponse;
import org.bri.data.metric.MetricWrites;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes metrics sent in the seed format under the loader's own rules and fill, logging each change. */
@ApplicationScoped
class MetricCurator implements MetricWrites {

    private static final String KIND = "metric";
    private static final String PLURAL = "metrics";

    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 120;
    private static final int NAME = 300;
    private static final int INDICATOR = 100;
    private static final int VALUE_TEXT = 200;
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(24);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ChangeLog changes;
    private final MetricRepository metrics;
    private final Records records;

    MetricCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            MetricRepository metrics, Records records) {
        this.em = em;
        this.mapper = mapper;
        this.validator = validator;
        this.changes = changes;
        this.metrics = metrics;
        this.records = records;
    }

    @Override
    @Transactional
    public MetricResponse create(JsonNode draft, String actor) throws JsonProcessingException {
        MetricSeed seed = read(draft);
        // Taken before the checks: the change number's row lock queues two writes of one id, and keeps a project
        // from being deleted between the check of the reference and the write.
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        if (metrics.stored(seed.id()).isPresent()) {
            throw Records.taken(KIND, seed.id());
        }
        return insert(seq, seed, anchors, actor);
    }

    @Override
    @Transactional
    public Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = Records.creating(KIND, PLURAL, id, ifMatch, ifNoneMatch);
        MetricSeed seed = read(Records.named(draft, id));
        Records.pathId(id, seed.id());
        long seq = changes.next();
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        Optional<Stored> stored = metrics.stored(id);
        if (creating) {
            Records.free(KIND, id, stored);
            return new Written(insert(seq, seed, anchors, actor), true);
        }
        Stored current = Records.current(KIND, id, ifMatch, stored);
        return new Written(replace(seq, current, metrics.findById(id), seed, anchors, actor), false);
    }

    @Override
    @Transactional
    public MetricResponse patch(String id, JsonNode patch, String ifMatch, String actor)
            throws JsonProcessingException {
        Records.ifMatchRequired("Patching", KIND, PLURAL, id, ifMatch);
        // Taken before the metric is read: the row lock keeps other writes out until the patched metric is stored,
        // so the patch applies to the very version If-Match names.
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, metrics.stored(id));
        Metric metric = metrics.findById(id);
        MetricSeed seed = read(Records.patched(KIND,
                mapper.valueToTree(SeedExport.metric(metric, e -> e.prefix)), patch));
        Records.sameId(KIND, id, seed.id());
        return replace(seq, current, metric, seed, check(seed), actor);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        Records.ifMatchRequired("Deleting", KIND, PLURAL, id, ifMatch);
        long seq = changes.next();
        Stored current = Records.current(KIND, id, ifMatch, metrics.stored(id));
        Metric metric = metrics.findById(id);
        metric.version = current.version() + 1;
        metric.updatedAt = Records.now();
        metric.deletedAt = metric.updatedAt;
        changes.record(seq, RecordType.METRIC, id, ChangeAction.DELETE, metric.version, actor, null);
    }

    private MetricResponse replace(long seq, Stored current, Metric metric, MetricSeed seed,
            Map<EvidenceSeed, Anchor> anchors, String actor) {
        SeedWriter.metric(em, anchors, metric, seed);
        metric.version = current.version() + 1;
        metric.updatedAt = Records.now();
        em.flush();
        MetricResponse served = MetricResponse.from(metric);
        changes.record(seq, RecordType.METRIC, metric.id, ChangeAction.UPDATE, metric.version, actor, served);
        return served;
    }

    private MetricResponse insert(long seq, MetricSeed seed, Map<EvidenceSeed, Anchor> anchors, String actor) {
        Metric metric = new Metric();
        metric.id = seed.id();
        SeedWriter.metric(em, anchors, metric, seed);
        metric.version = 1;
        metric.updatedAt = Records.now();
        metrics.persist(metric);
        em.flush();
        MetricResponse served = MetricResponse.from(metric);
        changes.record(seq, RecordType.METRIC, metric.id, ChangeAction.CREATE, metric.version, actor, served);
        return served;
    }

    /** The body in the seed format; a field of the wrong type or an unknown one is the JSON mappers' 422. */
    private MetricSeed read(JsonNode draft) throws JsonProcessingException {
        return mapper.treeToValue(draft, MetricSeed.class);
    }

    /** Every rule the loader applies to a metric, and what the columns can hold; the anchors when all hold. */
    private Map<EvidenceSeed, Anchor> check(MetricSeed seed) {
        SeedValidator.MetricCheck check = SeedValidator.metric(seed, validator, records);
        List<ParameterError> errors = Records.errors(check);
        Records.longest(errors, "/id", seed.id(), ID);
        Records.longest(errors, "/name", seed.name(), NAME);
        Records.longest(errors, "/indicator", seed.indicator(), INDICATOR);
        Records.longest(errors, "/valueText", seed.valueText(), VALUE_TEXT);
        Records.quotes(errors, seed.evidence());
        fits(errors, "/value", seed.value());
        fits(errors, "/valueMax", seed.valueMax());
        Records.refuse(errors);
        return check.anchors();
    }

    private static void fits(List<ParameterError> errors, String pointer, BigDecimal value) {
        if (value != null && (value.abs().compareTo(LARGEST) >= 0 || value.stripTrailingZeros().scale() > 6)) {
            errors.add(InvalidRecordException.field(pointer,
                    "must be less than 10^24 in magnitude, with at most 6 decimal places"));
        }
    }

}
