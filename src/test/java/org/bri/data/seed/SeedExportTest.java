package org.bri.data.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.bri.data.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The export is a seeds folder the loader accepts as it is: the round trip from the database back into seeds/. */
@QuarkusTest
class SeedExportTest {

    @Inject
    Validator validator;

    @Test
    void shouldExportSeedsThatTheLoaderReadsBackUnchanged(@TempDir Path dir) throws Exception {
        byte[] zip = api().header("Authorization", "Bearer " + Tokens.of("editor@example.org", "editor"))
                .get("/api/v1/export").then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("bri-seeds-release-")).extract().asByteArray();
        unzip(zip, dir);
        // The reader checks the release's checksum against the files; the validator anchors every quote again.
        SeedRecords.SeedSet exported = new SeedReader(dir.toString(), new ObjectMapper()).read();
        SeedValidator.validate(exported, validator);
        SeedRecords.SeedSet seeds = new SeedReader("seeds", new ObjectMapper()).read();
        // Nothing was curated in this database, so the export is the seeds' own data, whatever its order.
        assertThat(exported.checksum()).isNotBlank();
        // The files are written anew (order, layout), so they are the next release: the loaded one's checksum differs.
        assertThat(exported.release()).isEqualTo(seeds.release() + 1);
        assertThat(exported.sources().stream().map(x -> plain(x, exported)))
                .containsExactlyInAnyOrderElementsOf(seeds.sources().stream().map(x -> plain(x, seeds)).toList());
        assertThat(exported.themes()).containsExactlyInAnyOrderElementsOf(seeds.themes());
        assertThat(exported.countries()).containsExactlyInAnyOrderElementsOf(seeds.countries());
        assertThat(exported.speakers()).containsExactlyInAnyOrderElementsOf(seeds.speakers());
        assertThat(exported.projects().stream().map(SeedExportTest::plain))
                .containsExactlyInAnyOrderElementsOf(seeds.projects().stream().map(SeedExportTest::plain).toList());
        assertThat(exported.metrics().stream().map(SeedExportTest::plain))
                .containsExactlyInAnyOrderElementsOf(seeds.metrics().stream().map(SeedExportTest::plain).toList());
        assertThat(exported.statements().stream().map(SeedExportTest::plain))
                .containsExactlyInAnyOrderElementsOf(seeds.statements().stream().map(SeedExportTest::plain).toList());
        for (String id : seeds.documents().keySet()) {
            assertThat(exported.documents().get(id)).isEqualTo(seeds.documents().get(id));
        }
    }

    @Test
    void shouldRefuseTheExportWithoutAWritingRole() {
        invalid().get("/api/v1/export").then().statusCode(401);
        invalid().header("Authorization", "Bearer " + Tokens.of("reader@example.org", "reader")).get("/api/v1/export")
                .then().statusCode(403);
    }

    // Written alike, read alike: a quote's prefix hint (the validator checks it anchors), a number's scale and a
    // statement text left to default to its quote may be written differently and mean the same.
    private static List<SeedRecords.EvidenceSeed> quotes(List<SeedRecords.EvidenceSeed> evidence) {
        return evidence.stream().map(e -> new SeedRecords.EvidenceSeed(e.sourceId(), e.exact(), null)).toList();
    }

    /** A source whose body start is told by where its passage anchors, not by the passage chosen. */
    private static SeedRecords.SourceSeed plain(SeedRecords.SourceSeed s, SeedRecords.SeedSet set) {
        String text = new String(set.documents().get(s.id()), java.nio.charset.StandardCharsets.UTF_8);
        String start = s.bodyStartsWith() == null ? null : String.valueOf(text.indexOf(s.bodyStartsWith()));
        return new SeedRecords.SourceSeed(s.id(), s.title(), s.publisher(), s.author(), s.kind(), s.publishedOn(),
                s.deliveredOn(), s.dateNote(), s.language(), s.sha256(), start);
    }

    private static SeedRecords.ProjectSeed plain(SeedRecords.ProjectSeed p) {
        return new SeedRecords.ProjectSeed(p.id(), p.name(), p.aliases(), p.type(), p.sector(), p.scale(), p.status(),
                p.countries(), p.milestones(), p.themes(), p.summary(), quotes(p.evidence()));
    }

    private static SeedRecords.MetricSeed plain(SeedRecords.MetricSeed m) {
        return new SeedRecords.MetricSeed(m.id(), m.name(), m.indicator(), m.value().stripTrailingZeros(),
                m.valueMax() == null ? null : m.valueMax().stripTrailingZeros(), m.unit(), m.approximation(),
                m.valueText(), m.period(), m.asOf(), m.kind(), m.project(), m.countries(), m.themes(),
                quotes(m.evidence()));
    }

    private static SeedRecords.StatementSeed plain(SeedRecords.StatementSeed s) {
        return new SeedRecords.StatementSeed(s.id(), s.textOrQuote(), s.type(), s.speaker(), s.date(), s.note(),
                s.projects(), s.countries(), s.themes(), quotes(s.evidence()));
    }

    private static void unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = dir.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(dir)).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }
}
