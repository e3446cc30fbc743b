package org.bri.data.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.MilestoneSeed;
import org.bri.data.seed.SeedRecords.PlaceSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The loader's integrity checks, run on the real seeds with one deliberate fault each. */
class SeedValidatorTest {

    private static final SeedSet SEEDS = new SeedReader("seeds", new ObjectMapper()).read();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldAcceptTheCuratedSeeds() {
        Map<String, String> texts = SeedValidator.validate(SEEDS, VALIDATOR).texts();
        assertThat(texts).hasSize(SEEDS.sources().size());
    }

    @Test
    void shouldRejectAQuoteThatOccursMoreThanOnceNamingFileAndRecord() {
        ProjectSeed first = SEEDS.projects().get(0);
        SeedSet broken = withProject(first,
                p -> withEvidence(p, e -> new EvidenceSeed(e.sourceId(), "Belt and Road", null)));
        assertProblem(broken, "seeds/data/projects.json", "project '" + first.id() + "'", "times in the source");
    }

    @Test
    void shouldRejectAStatementWhoseTextIsNotVerbatimInItsEvidence() {
        StatementSeed first = SEEDS.statements().get(0);
        List<StatementSeed> statements = new ArrayList<>(SEEDS.statements());
        statements.set(0, new StatementSeed(first.id(), first.textOrQuote() + " and more", first.type(),
                first.speaker(), first.date(), first.note(), first.projects(), first.countries(), first.themes(),
                first.evidence()));
        assertProblem(copy(SEEDS.projects(), SEEDS.metrics(), statements), "seeds/data/statements.json",
                "statement '" + first.id() + "'", "not verbatim");
    }

    @Test
    void shouldTakeAStatementsFirstQuoteAsItsTextWhenNoneIsWritten() {
        StatementSeed untexted = SEEDS.statements().stream().filter(s -> s.text() == null).findFirst().orElseThrow();
        assertThat(untexted.textOrQuote()).isEqualTo(untexted.evidence().get(0).exact());
    }

    @Test
    void shouldRejectAnUnknownCountryRole() {
        ProjectSeed first = SEEDS.projects().get(0);
        SeedSet broken = withProject(first, p -> new ProjectSeed(p.id(), p.name(), p.aliases(), p.type(),
                p.sector(), p.scale(), p.status(), List.of(new PlaceSeed("CN", "owner")), p.milestones(), p.themes(),
                p.summary(), p.evidence()));
        assertProblem(broken, "projects.json", first.id(), "role 'owner'");
    }

    @Test
    void shouldRejectAnAlteredQuote() {
        MetricSeed first = SEEDS.metrics().get(0);
        List<MetricSeed> metrics = new ArrayList<>(SEEDS.metrics());
        EvidenceSeed e = first.evidence().get(0);
        EvidenceSeed altered = new EvidenceSeed(e.sourceId(),
                (e.exact().charAt(0) == 'X' ? "Y" : "X") + e.exact().substring(1), null);
        metrics.set(0, new MetricSeed(first.id(), first.name(), first.indicator(), first.value(), first.valueMax(),
                first.unit(), first.approximation(), first.valueText(), first.period(), first.asOf(), first.kind(),
                first.project(), first.countries(), first.themes(), List.of(altered)));
        assertProblem(copy(SEEDS.projects(), metrics, SEEDS.statements()), "seeds/data/metrics.json",
                "metric '" + first.id() + "'", "not found verbatim");
    }

    @Test
    void shouldRejectAPrefixHintThatDoesNotPrecedeTheQuote() {
        ProjectSeed first = SEEDS.projects().get(0);
        SeedSet broken = withProject(first, p -> withEvidence(p, e -> new EvidenceSeed(e.sourceId(), e.exact(),
                "not the words before ")));
        assertProblem(broken, "seeds/data/projects.json", first.id(), "after the given prefix");
    }

    @Test
    void shouldRejectADanglingProjectReference() {
        StatementSeed first = SEEDS.statements().get(0);
        List<StatementSeed> statements = new ArrayList<>(SEEDS.statements());
        statements.set(0, new StatementSeed(first.id(), first.text(), first.type(), first.speaker(), first.date(),
                first.note(), List.of("atlantis-railway"), first.countries(), first.themes(), first.evidence()));
        assertProblem(copy(SEEDS.projects(), SEEDS.metrics(), statements), "seeds/data/statements.json",
                "statement '" + first.id() + "'", "'atlantis-railway' does not resolve");
    }

    @Test
    void shouldRejectAnUnknownSourceAndCountryAndVocabularyValue() {
        ProjectSeed first = SEEDS.projects().get(0);
        SeedSet broken = withProject(first, p -> new ProjectSeed(p.id(), p.name(), p.aliases(), "spaceport",
                p.sector(), p.scale(), "finished", List.of(new PlaceSeed("XX", "host")), p.milestones(), p.themes(),
                p.summary(), List.of(new EvidenceSeed("nowhere", "x", null))));
        assertThatThrownBy(() -> SeedValidator.validate(broken, VALIDATOR)).isInstanceOf(SeedValidationException.class)
                .satisfies(e -> assertThat(((SeedValidationException) e).problems())
                        .anyMatch(m -> m.contains("type 'spaceport'"))
                        .anyMatch(m -> m.contains("status 'finished'")).anyMatch(m -> m.contains("'XX'"))
                        .anyMatch(m -> m.contains("sourceId 'nowhere'")));
    }

    @Test
    void shouldNameTheFieldOfAMalformedDateAndOfAMissingList() {
        ProjectSeed first = SEEDS.projects().get(0);
        SeedSet broken = withProject(first, p -> new ProjectSeed(p.id(), p.name(), null, p.type(), p.sector(),
                p.scale(), p.status(), p.countries(), List.of(new MilestoneSeed("2021-13", "opened")), p.themes(),
                p.summary(), p.evidence()));
        assertProblem(broken, "seeds/data/projects.json", "project '" + first.id() + "'",
                "milestones[0].date '2021-13' is not a real calendar date");
        assertProblem(broken, "project '" + first.id() + "'", "aliases is missing; write [] for none");
    }

    @Test
    void shouldRejectADuplicateId() {
        List<ProjectSeed> projects = new ArrayList<>(SEEDS.projects());
        projects.add(SEEDS.projects().get(0));
        assertProblem(copy(projects, SEEDS.metrics(), SEEDS.statements()), "projects.json", "id is used twice");
    }

    @Test
    void shouldRejectAChangedDocument() {
        Map<String, byte[]> documents = new java.util.LinkedHashMap<>(SEEDS.documents());
        String id = SEEDS.sources().get(0).id();
        documents.put(id, "tampered".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SeedSet broken = new SeedSet(SEEDS.release(), SEEDS.sources(), SEEDS.themes(), SEEDS.countries(),
                SEEDS.sectors(),
                SEEDS.units(), SEEDS.speakers(), SEEDS.projects(), SEEDS.metrics(), SEEDS.statements(), documents,
                "x");
        assertProblem(broken, "seeds/data/sources.json", "source '" + id + "'", "the document changed");
    }

    @Test
    void shouldRejectABodyStartThatIsNotInTheDocument() {
        SourceSeed first = SEEDS.sources().get(0);
        List<SourceSeed> sources = new ArrayList<>(SEEDS.sources());
        sources.set(0, new SourceSeed(first.id(), first.title(), first.publisher(), first.author(), first.kind(),
                first.publishedOn(), first.deliveredOn(), first.dateNote(), first.language(), first.sha256(),
                "A headline the document never printed"));
        SeedSet broken = new SeedSet(SEEDS.release(), sources, SEEDS.themes(), SEEDS.countries(), SEEDS.sectors(),
                SEEDS.units(), SEEDS.speakers(), SEEDS.projects(), SEEDS.metrics(), SEEDS.statements(),
                SEEDS.documents(), "x");
        assertProblem(broken, "seeds/data/sources.json", "source '" + first.id() + "'",
                "bodyStartsWith is not found verbatim");
    }

    @Test
    void shouldRejectAValueTextMissingFromItsQuote() {
        MetricSeed first = SEEDS.metrics().get(0);
        List<MetricSeed> metrics = new ArrayList<>(SEEDS.metrics());
        metrics.set(0, new MetricSeed(first.id(), first.name(), first.indicator(), first.value(), first.valueMax(),
                first.unit(), first.approximation(), "US$999 zillion", first.period(), first.asOf(), first.kind(),
                first.project(), first.countries(), first.themes(), first.evidence()));
        assertProblem(copy(SEEDS.projects(), metrics, SEEDS.statements()), "metrics.json", first.id(),
                "is not part of any evidence quote");
    }

    @Test
    void shouldRefuseToReadAFileWithAnUnknownField(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        copyTree(java.nio.file.Path.of("seeds"), dir);
        java.nio.file.Path themes = dir.resolve("data/themes.json");
        java.nio.file.Files.writeString(themes, java.nio.file.Files.readString(themes)
                .replaceFirst("\"label\"", "\"lable\""));
        assertThatThrownBy(() -> new SeedReader(dir.toString(), new ObjectMapper()).read())
                .isInstanceOf(SeedValidationException.class).hasMessageContaining("seeds/data/themes.json");
    }

    @Test
    void shouldRefuseDataChangedWithoutANewRelease(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        copyTree(java.nio.file.Path.of("seeds"), dir);
        java.nio.file.Path themes = dir.resolve("data/themes.json");
        java.nio.file.Files.writeString(themes, java.nio.file.Files.readString(themes).replaceFirst("\\.\"", "!\""));
        assertThatThrownBy(() -> new SeedReader(dir.toString(), new ObjectMapper()).read())
                .isInstanceOf(SeedValidationException.class).hasMessageContaining("seeds/data/release.json")
                .hasMessageContaining("needs a new release");
    }

    private static void copyTree(java.nio.file.Path from, java.nio.file.Path to) throws Exception {
        try (var files = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path p : files.toList()) {
                java.nio.file.Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
    }

    private static void assertProblem(SeedSet seeds, String... fragments) {
        assertThatThrownBy(() -> SeedValidator.validate(seeds, VALIDATOR)).isInstanceOf(SeedValidationException.class)
                .satisfies(e -> assertThat(((SeedValidationException) e).problems())
                        .anyMatch(m -> java.util.Arrays.stream(fragments).allMatch(m::contains)));
    }

    private static SeedSet withProject(ProjectSeed target, UnaryOperator<ProjectSeed> change) {
        List<ProjectSeed> projects = SEEDS.projects().stream().map(p -> p == target ? change.apply(p) : p).toList();
        return copy(projects, SEEDS.metrics(), SEEDS.statements());
    }

    private static ProjectSeed withEvidence(ProjectSeed p, UnaryOperator<EvidenceSeed> change) {
        List<EvidenceSeed> evidence = new ArrayList<>(p.evidence());
        evidence.set(0, change.apply(evidence.get(0)));
        return new ProjectSeed(p.id(), p.name(), p.aliases(), p.type(), p.sector(), p.scale(), p.status(),
                p.countries(), p.milestones(), p.themes(), p.summary(), evidence);
    }

    private static SeedSet copy(List<ProjectSeed> projects, List<MetricSeed> metrics, List<StatementSeed> statements) {
        return new SeedSet(SEEDS.release(), SEEDS.sources(), SEEDS.themes(), SEEDS.countries(), SEEDS.sectors(),
                SEEDS.units(),
                SEEDS.speakers(), projects, metrics, statements, SEEDS.documents(), SEEDS.checksum());
    }
}
