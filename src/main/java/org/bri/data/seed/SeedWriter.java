package org.bri.data.seed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

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
import org.bri.data.seed.SeedRecords.PeriodSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SeedSet;
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
 * Writes a validated seed set: inserts or updates every record by id, then deletes the records that the seeds no
 * longer hold, so that the database ends equal to the seeds.
 */
public final class SeedWriter {

    private final EntityManager em;
    private final SeedValidator.Checked checked;
    /** When this load happened: the updatedAt of the records it writes. */
    private final OffsetDateTime loadedAt = OffsetDateTime.now(ZoneOffset.UTC);

    /** A writer for one load of a seed set that the validator has checked, with the texts and anchors it found. */
    SeedWriter(EntityManager em, SeedValidator.Checked checked) {
        this.em = em;
        this.checked = checked;
    }

    void write(SeedSet seeds) {
        // In dependency order: a record is written after the records it references.
        List<SeedTable<?, ?>> tables = List.of(
                new SeedTable<>(Source.class, seeds.sources(), (e, s) -> {
                    e.title = s.title();
                    e.publisher = s.publisher();
                    e.author = s.author();
                    e.kind = Slugged.of(SourceKind.class, s.kind());
                    e.publishedOn = s.publishedOn();
                    e.deliveredOn = s.deliveredOn();
                    e.dateNote = s.dateNote();
                    e.language = s.language();
                    e.sha256 = s.sha256();
                    e.content = checked.texts().get(s.id());
                    e.version = Math.max(e.version, 1);
                    e.updatedAt = loadedAt;
                    e.characters = e.content.codePointCount(0, e.content.length());
                    e.bodyStart = s.bodyStartsWith() == null
                            ? 0
                            : checked.anchors().get(SeedValidator.bodyOf(s)).start();
                }),
                new SeedTable<>(Theme.class, seeds.themes(), (e, t) -> {
                    e.label = t.label();
                    e.description = t.description();
                }),
                new SeedTable<>(Country.class, seeds.countries(), (e, c) -> {
                    e.alpha3 = c.alpha3();
                    e.name = c.name();
                    e.region = c.region();
                    e.subregion = c.subregion();
                }),
                new SeedTable<>(Sector.class, seeds.sectors(), (e, s) -> {
                    e.label = s.label();
                    e.crsCode = s.crsCode();
                }),
                new SeedTable<>(MetricUnit.class, seeds.units(), (e, u) -> {
                    e.label = u.label();
                    e.kind = Slugged.of(UnitKind.class, u.kind());
                }),
                new SeedTable<>(Speaker.class, seeds.speakers(), (e, s) -> {
                    speaker(e, s);
                    e.version = Math.max(e.version, 1);
                    e.updatedAt = loadedAt;
                }),
                new SeedTable<>(Project.class, seeds.projects(), (e, p) -> {
                    project(e, p);
                    e.version = Math.max(e.version, 1);
                    e.updatedAt = loadedAt;
                }),
                new SeedTable<>(Metric.class, seeds.metrics(), (e, m) -> {
                    metric(e, m);
                    e.version = Math.max(e.version, 1);
                    e.updatedAt = loadedAt;
                }),
                new SeedTable<>(Statement.class, seeds.statements(), (e, s) -> {
                    statement(e, s);
                    e.version = Math.max(e.version, 1);
                    e.updatedAt = loadedAt;
                }));
        tables.forEach(table -> table.put(em));
        em.flush();
        // Dependents first, so that no removed record is still referenced when it goes.
        for (int i = tables.size() - 1; i >= 0; i--) {
            tables.get(i).prune(em);
        }
    }

    /**
     * Fills a project from a seed whose quotes {@link SeedValidator#project} anchored, as the loader does, search text
     * included; its version and time of change are the caller's.
     */
    public static void project(EntityManager em, Map<EvidenceSeed, Anchor> anchors, Project e, ProjectSeed p) {
        new SeedWriter(em, new SeedValidator.Checked(Map.of(), anchors)).project(e, p);
    }

    private void project(Project e, ProjectSeed p) {
        e.name = p.name();
        e.type = Slugged.of(ProjectType.class, p.type());
        e.sector = em.getReference(Sector.class, p.sector());
        e.scale = Slugged.of(ProjectScale.class, p.scale());
        e.status = Slugged.of(ProjectStatus.class, p.status());
        e.summary = p.summary();
        replace(e.aliases, p.aliases(), Function.identity());
        replace(e.countries, p.countries(), c -> {
            ProjectCountry country = new ProjectCountry();
            country.country = em.getReference(Country.class, c.code());
            country.role = Slugged.of(CountryRole.class, c.role());
            return country;
        });
        replace(e.themes, p.themes(), ref(Theme.class));
        replace(e.milestones, p.milestones(), m -> {
            Milestone milestone = new Milestone();
            milestone.date = m.date();
            milestone.event = m.event();
            return milestone;
        });
        replace(e.evidence, p.evidence(), this::evidence);
        e.searchText = searchText(p);
    }

    /** The search text the loader stores for a project: its name, summary, aliases and quotes. */
    public static String searchText(ProjectSeed p) {
        return searchText(p.evidence(), Stream.concat(Stream.of(p.name(), p.summary()), p.aliases().stream()));
    }

    /**
     * Fills a metric from a seed whose quotes {@link SeedValidator#metric} anchored, as the loader does; its version and
     * time of change are the caller's.
     */
    public static void metric(EntityManager em, Map<EvidenceSeed, Anchor> anchors, Metric e, MetricSeed m) {
        new SeedWriter(em, new SeedValidator.Checked(Map.of(), anchors)).metric(e, m);
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
        e.dateStart = dateStart(m);
        e.dateEnd = dateEnd(m);
        e.kind = Slugged.of(MetricKind.class, m.kind());
        e.project = m.project() == null ? null : em.getReference(Project.class, m.project());
        replace(e.countries, m.countries(), ref(Country.class));
        replace(e.themes, m.themes(), ref(Theme.class));
        replace(e.evidence, m.evidence(), this::evidence);
        e.searchText = searchText(m);
    }

    /** The search text the loader stores for a metric: its name, indicator, value as printed and quotes. */
    public static String searchText(MetricSeed m) {
        return searchText(m.evidence(), Stream.of(m.name(), m.indicator(), m.valueText()));
    }

    /** The first day a figure can refer to: its dates span its period, or its as-of date when it has no period. */
    public static LocalDate dateStart(MetricSeed m) {
        PeriodSeed period = m.period() == null ? new PeriodSeed(null, null) : m.period();
        return day(Stream.of(period.from(), period.to(), m.asOf()), PartialDate::first);
    }

    /** The last day a figure can refer to. */
    public static LocalDate dateEnd(MetricSeed m) {
        PeriodSeed period = m.period() == null ? new PeriodSeed(null, null) : m.period();
        return day(Stream.of(period.to(), period.from(), m.asOf()), PartialDate::last);
    }

    /**
     * Fills a statement from a seed whose quotes {@link SeedValidator#statement} anchored, as the loader does; its
     * version and time of change are the caller's.
     */
    public static void statement(EntityManager em, Map<EvidenceSeed, Anchor> anchors, Statement e, StatementSeed s) {
        new SeedWriter(em, new SeedValidator.Checked(Map.of(), anchors)).statement(e, s);
    }

    private void statement(Statement e, StatementSeed s) {
        e.text = s.textOrQuote();
        e.note = s.note();
        e.type = Slugged.of(StatementType.class, s.type());
        // Found, not referenced: the speaker's name and role go into the search text.
        e.speaker = em.find(Speaker.class, s.speaker());
        e.date = s.date();
        e.dateStart = day(Stream.of(s.date()), PartialDate::first);
        e.dateEnd = day(Stream.of(s.date()), PartialDate::last);
        replace(e.projects, s.projects(), ref(Project.class));
        replace(e.countries, s.countries(), ref(Country.class));
        replace(e.themes, s.themes(), ref(Theme.class));
        replace(e.evidence, s.evidence(), this::evidence);
        reindex(e);
    }

    /**
     * Sets a statement's search text from its text, its speaker and its quotes; again whenever its speaker is
     * corrected, since the speaker's name, role and organization find the statement too.
     */
    public static void reindex(Statement e) {
        e.searchText = statementSearchText(e.text, e.speaker.name, e.speaker.role, e.speaker.organization,
                e.evidence.stream().map(quote -> quote.exact));
    }

    /** The search text the loader stores for a statement: its text, its speaker's name, role and organization, quotes. */
    public static String statementSearchText(String text, String speakerName, String speakerRole,
            String speakerOrganization, Stream<String> quotes) {
        return SearchText.of(Stream.concat(Stream.of(text, speakerName, speakerRole, speakerOrganization), quotes));
    }

    /** Fills a speaker from a seed, as the loader does; its version and time of change are the caller's. */
    public static void speaker(Speaker e, SpeakerSeed s) {
        e.name = s.name();
        e.role = s.role();
        e.organization = s.organization();
        e.kind = Slugged.of(SpeakerKind.class, s.kind());
    }

    /** The first or last day of the first date given, or null when none is. */
    private static LocalDate day(Stream<String> dates, Function<PartialDate, LocalDate> end) {
        return dates.filter(Objects::nonNull).findFirst().map(PartialDate::parse).map(end).orElse(null);
    }

    /** A record is found by its own words and by the words of its quotes. */
    private static String searchText(List<EvidenceSeed> evidence, Stream<String> texts) {
        return SearchText.of(Stream.concat(texts, evidence.stream().map(EvidenceSeed::exact)));
    }

    /** Evidence anchored in its source: the offsets and context the validator computed, never written by hand. */
    private Evidence evidence(EvidenceSeed s) {
        Anchor anchor = checked.anchors().get(s);
        Evidence e = new Evidence();
        e.sourceId = s.sourceId();
        // The record served in answer to a write cites its sources before anything reads them back.
        e.source = em.getReference(Source.class, s.sourceId());
        e.exact = s.exact();
        e.prefix = anchor.prefix();
        e.suffix = anchor.suffix();
        e.start = anchor.start();
        e.end = anchor.end();
        return e;
    }

    private <E> Function<String, E> ref(Class<E> type) {
        return id -> em.getReference(type, id);
    }

    /** Replaces a managed collection's content, keeping the collection instance Hibernate tracks. */
    private static <S, T> void replace(List<T> target, List<S> seeds, Function<S, T> map) {
        target.clear();
        seeds.stream().map(map).forEach(target::add);
    }
}
