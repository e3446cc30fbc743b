package org.bri.data.curation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.bri.data.common.Catalog;
import org.bri.data.common.ConflictException;
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.PreconditionException;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.country.CountryRepository;
import org.bri.data.metric.Metric;
import org.bri.data.metric.MetricRepository;
import org.bri.data.metric.MetricResponse;
import org.bri.data.metric.MetricUnitRepository;
import org.bri.data.metric.MetricWrites;
import org.bri.data.project.ProjectRepository;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;
import org.bri.data.source.SourceRepository;
import org.bri.data.theme.ThemeRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes metrics sent in the seed format under the loader's own rules and fill, logging each change. */
@ApplicationScoped
class MetricCurator implements MetricWrites, SeedValidator.Lookup {

    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 120;
    private static final int NAME = 300;
    private static final int INDICATOR = 100;
    private static final int VALUE_TEXT = 200;
    private static final int EXACT = 4000;
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(24);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ChangeLog changes;
    private final MetricRepository metrics;
    private final MetricUnitRepository units;
    private final ProjectRepository projects;
    private final CountryRepository countries;
    private final ThemeRepository themes;
    private final SourceRepository sources;

    MetricCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            MetricRepository metrics, MetricUnitRepository units, ProjectRepository projects,
            CountryRepository countries, ThemeRepository themes, SourceRepository sources) {
        this.em = em;
        this.mapper = mapper;
        this.validator = validator;
        this.changes = changes;
        this.metrics = metrics;
        this.units = units;
        this.projects = projects;
        this.countries = countries;
        this.themes = themes;
        this.sources = sources;
    }

    @Override
    @Transactional
    public MetricResponse create(JsonNode draft, String actor) throws JsonProcessingException {
        MetricSeed seed = read(draft);
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        // Taken before the id check: the change number's row lock also queues two writes of one id.
        long seq = changes.next();
        if (metrics.stored(seed.id()).isPresent()) {
            throw taken(seed.id());
        }
        return insert(seq, seed, anchors, actor);
    }

    @Override
    @Transactional
    public Written put(String id, JsonNode draft, String ifMatch, String ifNoneMatch, String actor)
            throws JsonProcessingException {
        boolean creating = ifMatch == null && ifNoneMatch != null && ifNoneMatch.trim().equals("*");
        if (ifMatch == null && !creating) {
            throw PreconditionException.required("Replacing a metric needs If-Match with its current ETag (from GET "
                    + "/api/v1/metrics/" + id + "); creating one at this id needs If-None-Match: *.");
        }
        ObjectNode named = ((ObjectNode) draft).deepCopy();
        if (!named.hasNonNull("id")) {
            named.put("id", id);
        }
        MetricSeed seed = read(named);
        if (!id.equals(seed.id())) {
            throw new InvalidRecordException(
                    List.of(InvalidRecordException.field("/id", "must be the id in the path, '" + id + "'")));
        }
        Map<EvidenceSeed, Anchor> anchors = check(seed);
        long seq = changes.next();
        Optional<MetricRepository.Stored> stored = metrics.stored(id);
        if (creating) {
            if (stored.isPresent() && !stored.get().deleted()) {
                throw PreconditionException.failed("A metric with the id '" + id + "' exists; replace it with "
                        + "If-Match and its current ETag.");
            }
            if (stored.isPresent()) {
                throw taken(id);
            }
            return new Written(insert(seq, seed, anchors, actor), true);
        }
        MetricRepository.Stored current = stored.filter(s -> !s.deleted())
                .orElseThrow(() -> new ResourceNotFoundException("metric", id));
        if (!PreconditionException.matches(ifMatch, current.etag())) {
            throw stale(id, current);
        }
        Metric metric = metrics.findById(id);
        SeedWriter.metric(em, anchors, metric, seed);
        metric.version = current.version() + 1;
        metric.updatedAt = now();
        em.flush();
        MetricResponse served = MetricResponse.from(metric);
        changes.record(seq, RecordType.METRIC, id, ChangeAction.UPDATE, metric.version, actor, served);
        return new Written(served, false);
    }

    @Override
    @Transactional
    public void delete(String id, String ifMatch, String actor) {
        if (ifMatch == null) {
            throw PreconditionException.required("Deleting a metric needs If-Match with its current ETag (from GET "
                    + "/api/v1/metrics/" + id + ").");
        }
        long seq = changes.next();
        MetricRepository.Stored current = metrics.stored(id).filter(s -> !s.deleted())
                .orElseThrow(() -> new ResourceNotFoundException("metric", id));
        if (!PreconditionException.matches(ifMatch, current.etag())) {
            throw stale(id, current);
        }
        Metric metric = metrics.findById(id);
        metric.version = current.version() + 1;
        metric.updatedAt = now();
        metric.deletedAt = metric.updatedAt;
        changes.record(seq, RecordType.METRIC, id, ChangeAction.DELETE, metric.version, actor, null);
    }

    private MetricResponse insert(long seq, MetricSeed seed, Map<EvidenceSeed, Anchor> anchors, String actor) {
        Metric metric = new Metric();
        metric.id = seed.id();
        SeedWriter.metric(em, anchors, metric, seed);
        metric.version = 1;
        metric.updatedAt = now();
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
        SeedValidator.MetricCheck check = SeedValidator.metric(seed, validator, this);
        List<ParameterError> errors = new ArrayList<>();
        check.violations().forEach(v -> errors.add(InvalidRecordException.property(v.field(), v.detail())));
        longest(errors, "/id", seed.id(), ID);
        longest(errors, "/name", seed.name(), NAME);
        longest(errors, "/indicator", seed.indicator(), INDICATOR);
        longest(errors, "/valueText", seed.valueText(), VALUE_TEXT);
        for (int i = 0; seed.evidence() != null && i < seed.evidence().size(); i++) {
            EvidenceSeed e = seed.evidence().get(i);
            longest(errors, "/evidence/" + i + "/exact", e == null ? null : e.exact(), EXACT);
        }
        fits(errors, "/value", seed.value());
        fits(errors, "/valueMax", seed.valueMax());
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors.stream().distinct().toList());
        }
        return check.anchors();
    }

    private static void longest(List<ParameterError> errors, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(InvalidRecordException.field(pointer, "must be at most " + max + " characters"));
        }
    }

    private static void fits(List<ParameterError> errors, String pointer, BigDecimal value) {
        if (value != null && (value.abs().compareTo(LARGEST) >= 0 || value.stripTrailingZeros().scale() > 6)) {
            errors.add(InvalidRecordException.field(pointer,
                    "must be less than 10^24 in magnitude, with at most 6 decimal places"));
        }
    }

    /** References resolve by exact id, as the loader resolves them within the seeds. */
    @Override
    public boolean has(Catalog catalog, String id) {
        if (id == null) {
            return false;
        }
        return switch (catalog) {
            case UNIT -> units.findByIdOptional(id).isPresent();
            case PROJECT -> projects.findByIdOptional(id).isPresent();
            case COUNTRY -> countries.findByIdOptional(id).isPresent();
            case THEME -> themes.findByIdOptional(id).isPresent();
            case SOURCE -> sources.findByIdOptional(id).isPresent();
            default -> false;
        };
    }

    @Override
    public String text(String sourceId) {
        return sources.text(sourceId).orElse(null);
    }

    private static ConflictException taken(String id) {
        return new ConflictException("The id '" + id + "' is taken by a metric, or was, before it was deleted: ids "
                + "are never reused.");
    }

    private static PreconditionException stale(String id, MetricRepository.Stored current) {
        return PreconditionException.failed("The metric '" + id + "' has changed: its current ETag is "
                + current.etag() + ". Read it again, reapply your change and send that ETag in If-Match.");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
