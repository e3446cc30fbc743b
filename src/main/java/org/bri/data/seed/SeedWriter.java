package org.bri.data.seed;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;

import org.bri.data.common.PartialDate;
import org.bri.data.common.SearchText;
import org.bri.data.common.Slugged;
import org.bri.data.country.Country;
import org.bri.data.country.CountryRole;
import org.bri.data.metric.Approximation;
import org.bri.data.metric.Metric;
import org.bri.data.metric.MetricKind;
import org.bri.data.metric.MetricUnit;
import org.bri.data.metric.UnitKind;
import org.bri.data.project.Milestone;
import org.bri.data.project.Project;
import org.bri.data.project.ProjectCountry;
import org.bri.data.project.ProjectScale;
import org.bri.data.project.ProjectStatus;
import org.bri.data.project.ProjectType;
import org.bri.data.project.Sector;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.source.Anchor;
import org.bri.data.source.Evidence;
import org.bri.data.source.Source;
import org.bri.data.source.SourceKind;
import org.bri.data.statement.Speaker;
import org.bri.data.statement.SpeakerKind;
import org.bri.data.statement.Statement;
import org.bri.data.statement.StatementType;
import org.bri.data.theme.Theme;

/**
 * Writes a validated seed set: inserts or updates every record by id, then deletes the records
 * that the seeds no longer hold, so that the database ends equal to the seeds.
 */
final class SeedWriter {

    private final EntityManager em;
    private final Map<String, String> texts;

    /** A writer for one load; {@code texts} holds each source's text, keyed by source id. */
    SeedWriter(EntityManager em, Map<String, String> texts) {
        this.em = em;
        this.texts = texts;
    }

    void write(SeedSet seeds) {
        seeds.sources().forEach(s -> put(Source.class, s.id(), e -> {
            e.title = s.title();
            e.publisher = s.publisher();
            e.author = s.author();
            e.kind = Slugged.of(SourceKind.class, s.kind());
            e.publishedOn = s.publishedOn();
            e.deliveredOn = s.deliveredOn();
            e.dateNote = s.dateNote();
            e.language = s.language();
            e.sha256 = s.sha256();
            e.content = texts.get(s.id());
            e.characters = e.content.codePointCount(0, e.content.length());
        }));
        seeds.themes().forEach(t -> put(Theme.class, t.id(), e -> {
            e.label = t.label();
            e.description = t.description();
        }));
        seeds.countries().forEach(c -> put(Country.class, c.code(), e -> {
            e.alpha3 = c.alpha3();
            e.name = c.name();
            e.region = c.region();
            e.subregion = c.subregion();
        }));
        seeds.sectors().forEach(s -> put(Sector.class, s.id(), e -> {
            e.label = s.label();
            e.crsCode = s.crsCode();
        }));
        seeds.units().forEach(u -> put(MetricUnit.class, u.id(), e -> {
            e.label = u.label();
            e.kind = Slugged.of(UnitKind.class, u.kind());
        }));
        seeds.speakers().forEach(s -> put(Speaker.class, s.id(), e -> {
            e.name = s.name();
            e.role = s.role();
            e.organization = s.organization();
            e.kind = Slugged.of(SpeakerKind.class, s.kind());
        }));
        Map<String, SpeakerSeed> speakers = seeds.speakers().stream()
                .collect(Collectors.toMap(SpeakerSeed::id, Function.identity()));
        seeds.projects().forEach(p -> put(Project.class, p.id(), e -> project(e, p)));
        seeds.metrics().forEach(m -> put(Metric.class, m.id(), e -> metric(e, m)));
        seeds.statements().forEach(s -> put(Statement.class, s.id(), e -> statement(e, s, speakers.get(s.speaker()))));
        em.flush();

        // Dependents first, so that no removed record is still referenced when it goes.
        prune(Statement.class, seeds.statements(), StatementSeed::id);
        prune(Metric.class, seeds.metrics(), MetricSeed::id);
        prune(Project.class, seeds.projects(), ProjectSeed::id);
        prune(Speaker.class, seeds.speakers(), s -> s.id());
        prune(MetricUnit.class, seeds.units(), u -> u.id());
        prune(Sector.class, seeds.sectors(), s -> s.id());
        prune(Country.class, seeds.countries(), c -> c.code());
        prune(Theme.class, seeds.themes(), t -> t.id());
        prune(Source.class, seeds.sources(), s -> s.id());
    }

    private void project(Project e, ProjectSeed p) {
        e.name = p.name();
        e.type = Slugged.of(ProjectType.class, p.type());
        e.sector = em.getReference(Sector.class, p.sector());
        e.scale = Slugged.of(ProjectScale.class, p.scale());
        e.status = Slugged.of(ProjectStatus.class, p.status());
        e.summary = p.summary();
        replace(e.aliases, p.aliases());
        replace(e.countries, p.countries().stream().map(c -> {
            ProjectCountry country = new ProjectCountry();
            country.country = em.getReference(Country.class, c.code());
            country.role = Slugged.of(CountryRole.class, c.role());
            return country;
        }).toList());
        replace(e.themes, refs(Theme.class, p.themes()));
        replace(e.milestones, p.milestones().stream().map(m -> {
            Milestone milestone = new Milestone();
            milestone.date = m.date();
            milestone.event = m.event();
            return milestone;
        }).toList());
        replace(e.evidence, evidence(p.evidence()));
        e.searchText = SearchText
                .of(Stream.of(Stream.of(p.name(), p.summary()), p.aliases().stream(), quotes(p.evidence()))
                        .flatMap(Function.identity()));
    }

    private void metric(Metric e, MetricSeed m) {
        e.name = m.name();
        e.indicator = m.indicator();
        e.value = m.value();
        e.valueMax = m.valueMax();
        e.unit = em.getReference(MetricUnit.class, m.unit());
        e.approximation = Slugged.of(Approximation.class, m.approximation());
        e.valueText = m.valueText();
        e.periodFrom = m.period() == null ? null : m.period().from();
        e.periodTo = m.period() == null ? null : m.period().to();
        e.asOf = m.asOf();
        // A figure's dates span its period, or its as-of date when it has no period.
        String first = e.periodFrom != null ? e.periodFrom : e.periodTo != null ? e.periodTo : e.asOf;
        String last = e.periodTo != null ? e.periodTo : e.periodFrom != null ? e.periodFrom : e.asOf;
        e.dateStart = first == null ? null : PartialDate.parse(first).first();
        e.dateEnd = last == null ? null : PartialDate.parse(last).last();
        e.kind = Slugged.of(MetricKind.class, m.kind());
        e.project = m.project() == null ? null : em.getReference(Project.class, m.project());
        replace(e.countries, refs(Country.class, m.countries()));
        replace(e.themes, refs(Theme.class, m.themes()));
        replace(e.evidence, evidence(m.evidence()));
        e.searchText = SearchText
                .of(Stream.concat(Stream.of(m.name(), m.indicator(), m.valueText()), quotes(m.evidence())));
    }

    private void statement(Statement e, StatementSeed s, SpeakerSeed speaker) {
        e.text = s.textOrQuote();
        e.note = s.note();
        e.type = Slugged.of(StatementType.class, s.type());
        e.speaker = em.getReference(Speaker.class, s.speaker());
        e.date = s.date();
        PartialDate date = PartialDate.parseNullable(s.date());
        e.dateStart = date == null ? null : date.first();
        e.dateEnd = date == null ? null : date.last();
        replace(e.projects, refs(Project.class, s.projects()));
        replace(e.countries, refs(Country.class, s.countries()));
        replace(e.themes, refs(Theme.class, s.themes()));
        replace(e.evidence, evidence(s.evidence()));
        e.searchText = SearchText.of(Stream.concat(
                Stream.of(e.text, speaker.name(), speaker.role(), speaker.organization()), quotes(s.evidence())));
    }

    private static Stream<String> quotes(List<EvidenceSeed> evidence) {
        return evidence.stream().map(EvidenceSeed::exact);
    }

    /**
     * Updates the entity with this id, or creates it; a new entity is persisted only once filled,
     * because the insert takes the state the entity has when it is persisted.
     */
    private <E> void put(Class<E> type, String id, Consumer<E> fill) {
        E entity = em.find(type, id);
        if (entity != null) {
            fill.accept(entity);
            return;
        }
        entity = create(type, id);
        fill.accept(entity);
        em.persist(entity);
    }

    /** A new entity with its JPA {@code @Id} field set, before it is persisted. */
    private static <E> E create(Class<E> type, String id) {
        try {
            E entity = type.getDeclaredConstructor().newInstance();
            // Declared fields: after Quarkus enhances the entity the id field need not be public any more.
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    field.setAccessible(true);
                    field.set(entity, id);
                    return entity;
                }
            }
            throw new IllegalStateException(type.getSimpleName() + " has no @Id field");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a " + type.getSimpleName(), e);
        }
    }

    private <E> List<E> refs(Class<E> type, List<String> ids) {
        return ids.stream().map(id -> em.getReference(type, id)).toList();
    }

    /** Evidence anchored in its source: the offsets and context are computed, never written by hand. */
    private List<Evidence> evidence(List<EvidenceSeed> seeds) {
        return seeds.stream().map(s -> {
            Anchor anchor = Anchor.find(texts.get(s.sourceId()), s.exact(), s.prefix());
            Evidence e = new Evidence();
            e.sourceId = s.sourceId();
            e.exact = s.exact();
            e.prefix = anchor.prefix();
            e.suffix = anchor.suffix();
            e.start = anchor.start();
            e.end = anchor.end();
            return e;
        }).toList();
    }

    /** Replaces a managed collection's content, keeping the collection instance Hibernate tracks. */
    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    private <E, S> void prune(Class<E> type, List<S> seeds, Function<S, String> id) {
        Set<String> keep = seeds.stream().map(id).collect(Collectors.toSet());
        for (E entity : em.createQuery("from " + type.getSimpleName(), type).getResultList()) {
            Object value = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            if (!keep.contains(String.valueOf(value))) {
                em.remove(entity);
            }
        }
        em.flush();
    }
}
