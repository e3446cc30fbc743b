package org.bri.data.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.bri.data.country.Country;
import org.bri.data.metric.Metric;
import org.bri.data.metric.MetricUnit;
import org.bri.data.project.Project;
import org.bri.data.project.Sector;
import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.MilestoneSeed;
import org.bri.data.seed.SeedRecords.PeriodSeed;
import org.bri.data.seed.SeedRecords.PlaceSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.ReleaseSeed;
import org.bri.data.seed.SeedRecords.SectorSeed;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.seed.SeedRecords.ThemeSeed;
import org.bri.data.seed.SeedRecords.UnitSeed;
import org.bri.data.source.Evidence;
import org.bri.data.source.Source;
import org.bri.data.statement.Speaker;
import org.bri.data.statement.Statement;
import org.bri.data.theme.Theme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes the data the service holds, curated records included, as a seeds folder the loader accepts: the documents
 * and one JSON file per record type, with a release that records their checksum. This is how curated data flows back
 * into {@code seeds/}.
 */
@ApplicationScoped
public class SeedExport {

    private final EntityManager em;
    private final ObjectWriter json;

    SeedExport(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        // The layout of the curated files ("key": value, two spaces, one element a line), so that an export
        // unpacked over seeds/ diffs by content, not by layout.
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        this.json = mapper.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer(layout);
    }

    /**
     * The export: the release number it carries (the loaded one, or the next when the data differs from it), the
     * checksum of its files as the loader computes it, how many records it holds, and the archive.
     */
    public record Export(int release, String checksum, DataCounts counts, byte[] zip) {
    }

    /** The seeds folder as a ZIP archive, read in one transaction so that it is one consistent state. */
    @Transactional
    public Export zip() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Source> sources = all(Source.class, "id");
        files.put("data/sources.json", write(sources.stream().map(SeedExport::source).toList()));
        sources.forEach(s -> files.put(s.id + ".txt", s.content.getBytes(StandardCharsets.UTF_8)));
        // The order in which the loader reads the record files, for the checksum (SeedReader).
        List<ThemeSeed> themes = all(Theme.class, "id").stream()
                .map(t -> new ThemeSeed(t.id, t.label, t.description)).toList();
        List<CountrySeed> countries = all(Country.class, "code").stream()
                .map(c -> new CountrySeed(c.code, c.alpha3, c.name, c.region, c.subregion)).toList();
        List<SectorSeed> sectors = all(Sector.class, "id").stream()
                .map(s -> new SectorSeed(s.id, s.label, s.crsCode)).toList();
        List<UnitSeed> units = all(MetricUnit.class, "id").stream()
                .map(u -> new UnitSeed(u.id, u.label, u.kind.slug())).toList();
        List<SpeakerSeed> speakers = all(Speaker.class, "id").stream().map(SeedExport::speaker).toList();
        Function<String, String> texts = id -> sources.stream().filter(s -> s.id.equals(id)).findFirst()
                .map(s -> s.content).orElseThrow();
        List<ProjectSeed> projects = all(Project.class, "id").stream().map(p -> project(p, e -> hint(e, texts)))
                .toList();
        List<MetricSeed> metrics = all(Metric.class, "id").stream().map(m -> metric(m, e -> hint(e, texts)))
                .toList();
        List<StatementSeed> statements = all(Statement.class, "id").stream()
                .map(s -> statement(s, e -> hint(e, texts))).toList();
        files.put("data/themes.json", write(themes));
        files.put("data/countries.json", write(countries));
        files.put("data/sectors.json", write(sectors));
        files.put("data/units.json", write(units));
        files.put("data/speakers.json", write(speakers));
        files.put("data/projects.json", write(projects));
        files.put("data/metrics.json", write(metrics));
        files.put("data/statements.json", write(statements));
        String checksum = checksum(files);
        DataLoad load = em.find(DataLoad.class, DataLoad.ID);
        int release = load.release == null ? 1 : checksum.equals(load.checksum) ? load.release : load.release + 1;
        byte[] releaseFile = write(new ReleaseSeed(release, checksum, "Exported by the service from the data it "
                + "holds, curated records included; raise release by one with every further change."));
        Map<String, byte[]> folder = new LinkedHashMap<>();
        folder.put("data/release.json", releaseFile);
        folder.putAll(files);
        DataCounts counts = new DataCounts(sources.size(), themes.size(), countries.size(), sectors.size(),
                units.size(), speakers.size(), projects.size(), metrics.size(), statements.size());
        return new Export(release, checksum, counts, archive(folder));
    }

    private static SourceSeed source(Source s) {
        return new SourceSeed(s.id, s.title, s.publisher, s.author, s.kind.slug(), s.publishedOn, s.deliveredOn,
                s.dateNote, s.language, s.sha256, bodyStartsWith(s));
    }

    /** The shortest passage from the body start, a line at least, that occurs only once, so that it anchors there. */
    private static String bodyStartsWith(Source s) {
        if (s.bodyStart == 0) {
            return null;
        }
        String text = s.content;
        int from = text.offsetByCodePoints(0, s.bodyStart);
        int to = text.indexOf('\n', from);
        for (to = to < 0 ? text.length() : to; to < text.length(); to++) {
            String passage = text.substring(from, to);
            if (text.indexOf(passage) == text.lastIndexOf(passage)) {
                break;
            }
        }
        return text.substring(from, to);
    }

    /** A stored project in the shape a curator writes; {@code prefix} as for {@link #metric}. */
    public static ProjectSeed project(Project p, Function<Evidence, String> prefix) {
        return new ProjectSeed(p.id, p.name, List.copyOf(p.aliases), p.type.slug(),
                p.sector == null ? null : p.sector.id, p.scale == null ? null : p.scale.slug(),
                p.status == null ? null : p.status.slug(),
                p.countries.stream().map(c -> new PlaceSeed(c.country.code, c.role.slug())).toList(),
                p.milestones.stream().map(m -> new MilestoneSeed(m.date, m.event)).toList(), Theme.ids(p.themes),
                p.summary, evidence(p.evidence, prefix));
    }

    /**
     * A stored metric in the shape a curator writes; {@code prefix} says which prefix each quote carries (the export
     * writes one only where a passage occurs twice, a patch keeps the stored one so the quote anchors where it stood).
     */
    public static MetricSeed metric(Metric m, Function<Evidence, String> prefix) {
        PeriodSeed period = m.periodFrom == null && m.periodTo == null
                ? null
                : new PeriodSeed(m.periodFrom, m.periodTo);
        return new MetricSeed(m.id, m.name, m.indicator, plain(m.value), plain(m.valueMax), m.unit.id,
                m.approximation.slug(), m.valueText, period, m.asOf, m.kind.slug(),
                m.project == null ? null : m.project.id, m.countries.stream().map(c -> c.code).toList(),
                Theme.ids(m.themes),
                evidence(m.evidence, prefix));
    }

    /** A stored speaker in the shape a curator writes. */
    public static SpeakerSeed speaker(Speaker s) {
        return new SpeakerSeed(s.id, s.name, s.role, s.organization, s.kind.slug());
    }

    /** A stored statement in the shape a curator writes; {@code prefix} as for {@link #metric}. */
    public static StatementSeed statement(Statement s, Function<Evidence, String> prefix) {
        return new StatementSeed(s.id, s.text, s.type.slug(), s.speaker == null ? null : s.speaker.id, s.date, s.note,
                s.projects.stream().map(p -> p.id).toList(), s.countries.stream().map(c -> c.code).toList(),
                Theme.ids(s.themes), evidence(s.evidence, prefix));
    }

    /** Quotes as a curator writes them: the passage, and the prefix that {@code prefix} gives it, if any. */
    private static List<EvidenceSeed> evidence(List<Evidence> evidence, Function<Evidence, String> prefix) {
        return evidence.stream().map(e -> new EvidenceSeed(e.sourceId, e.exact, prefix.apply(e))).toList();
    }

    /** The prefix the export writes: only where a passage occurs twice. */
    private static String hint(Evidence e, Function<String, String> texts) {
        String text = texts.apply(e.sourceId);
        return text.indexOf(e.exact) != text.lastIndexOf(e.exact) ? e.prefix : null;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private <E> List<E> all(Class<E> type, String key) {
        return em.createQuery("from " + type.getSimpleName() + " order by " + key, type).getResultList();
    }

    private byte[] write(Object value) {
        try {
            return (json.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksum the loader computes: each file's path and bytes, in the order it reads them. */
    private static String checksum(Map<String, byte[]> files) {
        MessageDigest digest = SeedReader.sha256();
        files.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A seeds folder as a ZIP archive: each file under its path, in the order given. */
    static byte[] archive(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
