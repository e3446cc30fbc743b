package org.bri.data.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.bri.data.common.DataVersion;
import org.bri.data.metric.Metric;
import org.bri.data.project.Project;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.bri.data.statement.Statement;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The loader against the real database: idempotent, updating and pruning. */
@QuarkusTest
class SeedLoaderTest {

    private static final String[] TABLES = {"source", "theme", "country", "sector", "metric_unit", "speaker",
            "project", "project_alias", "project_country", "project_theme", "project_milestone", "project_evidence",
            "metric", "metric_country", "metric_theme", "metric_evidence", "statement", "statement_project",
            "statement_country", "statement_theme", "statement_evidence"};

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @Inject
    Validator validator;

    @Inject
    SeedLoader loader;

    @Inject
    Event<SeedReleaseLoaded> loaded;

    @Test
    void shouldHoldExactlyTheSeedRecords() {
        SeedSet seeds = read();
        assertThat(count("project")).isEqualTo(seeds.projects().size());
        assertThat(count("metric")).isEqualTo(seeds.metrics().size());
        assertThat(count("statement")).isEqualTo(seeds.statements().size());
        assertThat(count("source")).isEqualTo(seeds.sources().size());
        assertThat(version.checksum()).isEqualTo(seeds.checksum());
    }

    @Test
    @TestTransaction
    void shouldChangeNothingWhenTheSameSeedsAreWrittenAgain() {
        Map<String, Long> before = counts();
        SeedSet seeds = read();
        new SeedWriter(em, SeedValidator.validate(seeds, validator)).write(seeds);
        em.flush();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @TestTransaction
    void shouldUpdateAChangedRecordAndDeleteARemovedOne() {
        SeedSet seeds = read();
        List<ProjectSeed> projects = new ArrayList<>(seeds.projects());
        ProjectSeed changed = projects.get(0);
        projects.set(0, new ProjectSeed(changed.id(), changed.name() + " (renamed)", changed.aliases(),
                changed.type(), changed.sector(), changed.scale(), changed.status(), changed.countries(),
                changed.milestones(), changed.themes(), changed.summary(), changed.evidence()));
        // Remove a project that no metric or statement references, so the seeds stay consistent.
        ProjectSeed removed = projects.stream()
                .filter(p -> seeds.metrics().stream().noneMatch(m -> p.id().equals(m.project()))
                        && seeds.statements().stream().noneMatch(s -> s.projects().contains(p.id())))
                .findFirst().orElseThrow();
        projects.remove(removed);
        SeedSet edited = new SeedSet(seeds.release(), seeds.sources(), seeds.themes(), seeds.countries(),
                seeds.sectors(),
                seeds.units(), seeds.speakers(), projects, seeds.metrics(), seeds.statements(), seeds.documents(),
                "edited");
        new SeedWriter(em, SeedValidator.validate(edited, validator)).write(edited);
        em.flush();
        em.clear();
        assertThat(em.find(Project.class, changed.id()).name).endsWith("(renamed)");
        assertThat(em.find(Project.class, removed.id())).isNull();
        assertThat(count("project")).isEqualTo(seeds.projects().size() - 1);
        assertThat(count("metric")).isEqualTo(seeds.metrics().size());
        assertThat(em.find(Metric.class, seeds.metrics().get(0).id())).isNotNull();
        assertThat(em.find(Statement.class, seeds.statements().get(0).id())).isNotNull();
    }

    @Test
    @TestTransaction
    void shouldKeepWhatACuratorWroteWhenANewReleaseIsLoaded() {
        SeedSet seeds = read();
        List<MetricSeed> metrics = new ArrayList<>(seeds.metrics());
        MetricSeed corrected = metrics.get(0);
        MetricSeed dropped = metrics.get(1);
        // A curator corrected one metric's name; the change log says so.
        em.find(Metric.class, corrected.id()).name = "Corrected by a curator";
        logChange(corrected.id(), "update");
        logChange(dropped.id(), "update");
        // The next release renames the first and no longer holds the second.
        metrics.set(0, new MetricSeed(corrected.id(), "Renamed by the release", corrected.indicator(),
                corrected.value(), corrected.valueMax(), corrected.unit(), corrected.approximation(),
                corrected.valueText(), corrected.period(), corrected.asOf(), corrected.kind(), corrected.project(),
                corrected.countries(), corrected.themes(), corrected.evidence()));
        metrics.remove(dropped);
        SeedSet next = new SeedSet(seeds.release() + 1, seeds.sources(), seeds.themes(), seeds.countries(),
                seeds.sectors(), seeds.units(), seeds.speakers(), seeds.projects(), metrics, seeds.statements(),
                seeds.documents(), "next");
        new SeedWriter(em, SeedValidator.validate(next, validator)).write(next);
        em.flush();
        em.clear();
        assertThat(em.find(Metric.class, corrected.id()).name).isEqualTo("Corrected by a curator");
        assertThat(em.find(Metric.class, dropped.id())).isNotNull();
    }

    private void logChange(String metric, String action) {
        long seq = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) + 1000 from change_log")
                .getSingleResult()).longValue();
        em.createNativeQuery("insert into change_log (seq, record_type, record_id, action, version, actor, "
                + "changed_at, record) values (?1, 'metric', ?2, ?3, 2, 'curator@example.org', current_timestamp, "
                + "null)").setParameter(1, seq).setParameter(2, metric).setParameter(3, action).executeUpdate();
    }

    @Test
    void shouldLoadANewSeedSetButNeverPutAnOlderReleaseBack() {
        SeedSet seeds = read();
        assertThat(SeedLoader.decide(seeds, load(null, null))).isEqualTo(SeedLoader.Decision.LOAD);
        assertThat(SeedLoader.decide(seeds, load(seeds.release(), seeds.checksum())))
                .isEqualTo(SeedLoader.Decision.CURRENT);
        assertThat(SeedLoader.decide(seeds, load(seeds.release() - 1, "older"))).isEqualTo(SeedLoader.Decision.LOAD);
        assertThat(SeedLoader.decide(seeds, load(seeds.release(), "edited in place")))
                .isEqualTo(SeedLoader.Decision.CONFLICT);
        assertThat(SeedLoader.decide(seeds, load(seeds.release() + 1, "newer"))).isEqualTo(SeedLoader.Decision.OLDER);
    }

    @Test
    void shouldRecordTheLoadedReleaseAndChecksum() {
        SeedSet seeds = read();
        DataLoad load = em.find(DataLoad.class, DataLoad.ID);
        assertThat(load.release).isEqualTo(seeds.release());
        assertThat(load.checksum).isEqualTo(seeds.checksum());
    }

    @Test
    void shouldRecordTheSeedReleaseOnceAndNeverOverAnother() {
        SeedSet seeds = read();
        // A database loaded before releases were kept: the next start records its seed release, and only once.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from release where number = ?1")
                .setParameter(1, seeds.release()).executeUpdate());
        loader.onStart(null);
        loader.onStart(null);
        assertThat(release(seeds.release())).containsExactly("seed", "seed", seeds.checksum());
        // A release whose number is taken (by an editor's publication, say) leaves that one as it is.
        QuarkusTransaction.requiringNew().run(() -> loaded.fire(new SeedReleaseLoaded(seeds.release(), "other",
                DataCounts.of(seeds), LocalDateTime.now(), Map.of())));
        assertThat(release(seeds.release())).containsExactly("seed", "seed", seeds.checksum());
    }

    /** The kind, publisher and checksum of each release with this number. */
    private List<String> release(int number) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em
                .createNativeQuery("select kind, published_by, checksum from release where number = ?1")
                .setParameter(1, number).getResultList()).stream()
                .flatMap(row -> Arrays.stream((Object[]) row)).map(String::valueOf).toList());
    }

    private static DataLoad load(Integer release, String checksum) {
        DataLoad load = new DataLoad();
        load.release = release;
        load.checksum = checksum;
        return load;
    }

    private static SeedSet read() {
        return new SeedReader("seeds", new ObjectMapper()).read();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
