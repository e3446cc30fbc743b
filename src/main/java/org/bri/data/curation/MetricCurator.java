package org.bri.data.curation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.bri.data.change.ChangeLog;
import org.bri.data.change.RecordType;
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.Stored;
import org.bri.data.metric.Metric;
import org.bri.data.metric.MetricAggregateResource;
import org.bri.data.metric.MetricRepository;
import org.bri.data.metric.MetricResponse;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes metrics sent in the seed format, refusing figures their columns cannot hold exactly. */
@ApplicationScoped
class MetricCurator extends Curator<MetricSeed, Metric, MetricResponse> {

    /** What the columns hold: the API refuses more rather than letting the database fail. */
    private static final int ID = 120;
    private static final int NAME = 300;
    private static final int INDICATOR = 100;
    private static final int VALUE_TEXT = 200;
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(24);

    private final EntityManager em;
    private final Validator validator;
    private final MetricRepository metrics;
    private final Records records;

    MetricCurator(EntityManager em, ObjectMapper mapper, Validator validator, ChangeLog changes,
            MetricRepository metrics, Records records) {
        super(RecordType.METRIC, MetricSeed.class, mapper, changes, metrics);
        this.em = em;
        this.validator = validator;
        this.metrics = metrics;
        this.records = records;
    }

    @Override
    Optional<Stored> stored(String id) {
        return metrics.stored(id);
    }

    @Override
    Map<EvidenceSeed, Anchor> check(MetricSeed seed) {
        SeedValidator.MetricCheck check = SeedValidator.metric(seed, validator, records);
        List<ParameterError> errors = Records.errors(check);
        Records.longest(errors, "/id", seed.id(), ID);
        if (MetricAggregateResource.RESERVED_ID.equals(seed.id())) {
            // /api/v1/metrics/aggregate answers the aggregate, so a metric with this id could never be read.
            errors.add(InvalidRecordException.field("/id", "is reserved: /api/v1/metrics/"
                    + MetricAggregateResource.RESERVED_ID + " is the aggregate of the metrics"));
        }
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

    @Override
    Metric blank(String id) {
        Metric metric = new Metric();
        metric.id = id;
        return metric;
    }

    @Override
    void fill(Metric metric, MetricSeed seed, Map<EvidenceSeed, Anchor> anchors) {
        SeedWriter.metric(em, anchors, metric, seed);
    }

    @Override
    void stamp(Metric metric, int version, OffsetDateTime at, boolean deleted) {
        metric.version = version;
        metric.updatedAt = at;
        if (deleted) {
            metric.deletedAt = at;
        }
    }

    @Override
    MetricResponse served(Metric metric) {
        return MetricResponse.from(metric);
    }

    @Override
    Object exported(Metric metric) {
        return SeedExport.metric(metric, e -> e.prefix);
    }
}
