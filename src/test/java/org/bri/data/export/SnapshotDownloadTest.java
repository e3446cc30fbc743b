package org.bri.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.bri.data.Api.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Archives;
import org.bri.data.Drafts;
import org.bri.data.Tokens;
import org.bri.data.common.DataVersion;
import org.bri.data.curation.WrittenRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The snapshot download: one archive of the whole data that verifies against its own manifest, holds each record as its
 * single read serves it, is cut at one change even while curators write, and is the same bytes for the same data.
 */
@QuarkusTest
class SnapshotDownloadTest {

    private static final String CURRENT = "/api/v1/releases/current/download";
    private static final String CURATOR = Tokens.of("carl@example.org", "curator");
    private static final String EDITOR = Tokens.of("erin@example.org", "editor");
    private static final String BUSY = "test-snapshot-busy-";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each NDJSON file of the archive, with the path of the resource's list and single read. */
    private static final Map<String, String> RESOURCES = Map.of("countries", "code", "metrics", "id", "projects",
            "id", "releases", "number", "sources", "id", "speakers", "id", "statements", "id", "themes", "id");

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @Inject
    Snapshots snapshots;

    /** What data_load records before a test publishes or changes it, which other tests expect back. */
    private Object[] loaded;

    @BeforeEach
    void rememberTheLoadedRelease() {
        loaded = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("select release, checksum, loaded_at from data_load where id = 1")
                .getSingleResult());
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from release where kind = 'published'").executeUpdate();
            em.createNativeQuery("update data_load set release = ?1, checksum = ?2, loaded_at = ?3 where id = 1")
                    .setParameter(1, loaded[0]).setParameter(2, loaded[1]).setParameter(3, loaded[2]).executeUpdate();
        });
        WrittenRecords.remove(em, version);
    }

    @Test
    void shouldVerifyEveryFileAgainstTheManifestAndSha256Sums() {
        ExtractableResponse<Response> download = api().get(CURRENT).then().statusCode(200)
                .contentType("application/zip").extract();
        Map<String, byte[]> files = Archives.unzip(download.asByteArray());
        JsonNode manifest = json(files.get("manifest.json"));

        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            listed.add(path);
            assertThat(files).as(path).containsKey(path);
            assertThat((long) files.get(path).length).as(path).isEqualTo(file.path("bytes").asLong());
            assertThat(sha256(files.get(path))).as(path).isEqualTo(file.path("sha256").asText());
        }
        // The archive holds the listed files, then the manifest and the sums, and nothing else.
        List<String> expected = new ArrayList<>(listed);
        expected.addAll(List.of("manifest.json", "SHA256SUMS"));
        assertThat(files.keySet()).containsExactlyElementsOf(expected);

        // SHA256SUMS in sha256sum's format lists every file but itself, manifest included, each with its digest.
        List<String> sums = List.of(new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n"));
        List<String> summed = new ArrayList<>();
        for (String line : sums) {
            assertThat(line).matches("[0-9a-f]{64}  \\S+");
            String path = line.substring(66);
            summed.add(path);
            assertThat(sha256(files.get(path))).as(path).isEqualTo(line.substring(0, 64));
        }
        List<String> allButSums = new ArrayList<>(listed);
        allButSums.add("manifest.json");
        assertThat(summed).containsExactlyElementsOf(allButSums);

        // The manifest names the release the data was loaded or published as, and the change it is cut at.
        JsonNode release = manifest.path("release");
        JsonNode served = read(api().get("/api/v1/releases/" + release.path("number").asInt()));
        assertThat(release.path("checksum")).isEqualTo(served.path("checksum"));
        assertThat(release.path("publishedAt")).isEqualTo(served.path("publishedAt"));
        assertThat(release.path("changeSeq")).isEqualTo(served.path("changeSeq"));
        assertThat(manifest.path("changeSeq").asLong()).isEqualTo(lastChange());
        assertThat(manifest.path("changesSinceRelease").asLong())
                .isEqualTo(manifest.path("changeSeq").asLong() - release.path("changeSeq").asLong());
        assertThat(manifest.path("format").asText()).isEqualTo("bri-snapshot/1");
        assertThat(manifest.path("apiVersion").asText()).isEqualTo(contractVersion());
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"bri-release-"
                + release.path("number").asInt() + "-" + manifest.path("changeSeq").asLong() + ".zip\"");
    }

    @Test
    void shouldServeTheManifestTheArchiveCarriesAlone() {
        JsonNode inArchive = json(Archives.unzip(api().get(CURRENT).then().statusCode(200).extract().asByteArray())
                .get("manifest.json"));
        ExtractableResponse<Response> alone = api().get("/api/v1/releases/current/manifest").then().statusCode(200)
                .contentType("application/json").extract();
        assertThat(json(alone.asByteArray())).isEqualTo(inArchive);
        api().header("If-None-Match", alone.header("ETag")).get("/api/v1/releases/current/manifest").then()
                .statusCode(304);

        addMetric("test-snapshot-manifest-metric");
        JsonNode after = read(api().get("/api/v1/releases/current/manifest"));
        assertThat(after.path("changeSeq").asLong()).isEqualTo(inArchive.path("changeSeq").asLong() + 1);
        assertThat(manifestFile(after, "data/metrics.ndjson").path("records").asLong())
                .isEqualTo(manifestFile(inArchive, "data/metrics.ndjson").path("records").asLong() + 1);
        invalid().get("/api/v1/releases/latest/manifest").then().statusCode(400).body("errors.name",
                is(List.of("number")));
    }

    @Test
    void shouldHoldEveryRecordInIdOrderAsItsSingleReadServesIt() {
        Map<String, byte[]> files = Archives.unzip(api().get(CURRENT).then().statusCode(200).extract().asByteArray());
        JsonNode manifest = json(files.get("manifest.json"));
        RESOURCES.forEach((resource, key) -> {
            String path = "data/" + resource + ".ndjson";
            List<String> lines = lines(files.get(path));
            assertThat(lines).as(path).hasSize(total("/api/v1/" + resource));
            assertThat(manifestFile(manifest, path).path("records").asInt()).isEqualTo(lines.size());
            List<String> keys = new ArrayList<>();
            // Every line is checked against its single read for the small resources, a spread of 20 for the others.
            int step = Math.max(1, lines.size() / 20);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String id = json(line.getBytes(StandardCharsets.UTF_8)).path(key).asText();
                keys.add(id);
                if (i % step == 0 || i == lines.size() - 1) {
                    assertThat(line).as(resource + " " + id).isEqualTo(api().get("/api/v1/" + resource + "/" + id)
                            .then().statusCode(200).extract().asString());
                }
            }
            if (resource.equals("releases")) {
                assertThat(keys.stream().map(Integer::valueOf).toList()).isSorted();
            } else {
                assertThat(keys).isSorted();
            }
        });
    }

    @Test
    void shouldHoldEachSourceTextSoThatEveryQuoteIsAtItsOffsets() {
        Map<String, byte[]> files = Archives.unzip(api().get(CURRENT).then().statusCode(200).extract().asByteArray());
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : lines(files.get("data/sources.ndjson"))) {
            String id = json(line.getBytes(StandardCharsets.UTF_8)).path("id").asText();
            byte[] archived = files.get("sources/" + id + ".txt");
            assertThat(archived).as(id).isEqualTo(api().get("/api/v1/sources/" + id + "/text").then().statusCode(200)
                    .extract().asByteArray());
            texts.put(id, new String(archived, StandardCharsets.UTF_8));
        }
        assertThat(texts).isNotEmpty();
        int quotes = 0;
        for (String resource : List.of("metrics", "statements", "projects")) {
            for (String line : lines(files.get("data/" + resource + ".ndjson"))) {
                for (JsonNode evidence : json(line.getBytes(StandardCharsets.UTF_8)).path("evidence")) {
                    String text = texts.get(evidence.path("sourceId").asText());
                    int start = text.offsetByCodePoints(0, evidence.path("start").asInt());
                    int end = text.offsetByCodePoints(0, evidence.path("end").asInt());
                    assertThat(text.substring(start, end)).isEqualTo(evidence.path("exact").asText());
                    quotes++;
                }
            }
        }
        assertThat(quotes).isPositive();
    }

    @Test
    void shouldServeTheSameBytesForTheSameDataAndA304ForTheirTag() {
        ExtractableResponse<Response> first = api().get(CURRENT).then().statusCode(200).extract();
        ExtractableResponse<Response> second = api().get(CURRENT).then().statusCode(200).extract();
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        String etag = first.header("ETag");
        assertThat(etag).matches("\"snapshot-[0-9a-f]{32}\"");
        assertThat(second.header("ETag")).isEqualTo(etag);
        assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");

        api().header("If-None-Match", etag).get(CURRENT).then().statusCode(304).header("ETag", etag);
        api().header("If-None-Match", "W/" + etag).get(CURRENT).then().statusCode(304);
        api().header("If-None-Match", "\"snapshot-00000000000000000000000000000000\"").get(CURRENT).then()
                .statusCode(200);
    }

    @Test
    void shouldEndTheReadOfAnArchiveThatIsNeverWritten() {
        String etag = api().get(CURRENT).then().statusCode(200).extract().header("ETag");
        // More than the downloads that may run at once: each HEAD must give its place back.
        for (int i = 0; i < 10; i++) {
            raw().head(CURRENT).then().statusCode(200).header("ETag", etag).contentType("application/zip")
                    .header("Content-Disposition", containsString("attachment; filename="));
            api().header("If-None-Match", etag).get(CURRENT).then().statusCode(304);
        }
        api().get(CURRENT).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void shouldCutANewArchiveAtTheNextChangeAfterACuratorsWrite() {
        ExtractableResponse<Response> before = api().get(CURRENT).then().statusCode(200).extract();
        JsonNode manifestBefore = json(Archives.unzip(before.asByteArray()).get("manifest.json"));
        String id = "test-snapshot-aiib-financing";
        addMetric(id);

        ExtractableResponse<Response> after = api().header("If-None-Match", before.header("ETag")).get(CURRENT).then()
                .statusCode(200).extract();
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        Map<String, byte[]> files = Archives.unzip(after.asByteArray());
        JsonNode manifest = json(files.get("manifest.json"));
        assertThat(manifest.path("changeSeq").asLong()).isEqualTo(manifestBefore.path("changeSeq").asLong() + 1)
                .isEqualTo(lastChange());
        assertThat(manifest.path("changesSinceRelease").asLong())
                .isEqualTo(manifestBefore.path("changesSinceRelease").asLong() + 1);
        assertThat(manifest.path("release")).isEqualTo(manifestBefore.path("release"));
        // The archive's time is that of the change it is cut at.
        JsonNode change = read(api().queryParam("sort", "-seq").queryParam("size", 1).get("/api/v1/changes"))
                .path("items").get(0);
        assertThat(OffsetDateTime.parse(manifest.path("asOf").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse(change.path("at").asText()).toInstant());
        List<String> metrics = lines(files.get("data/metrics.ndjson"));
        assertThat(metrics).hasSize(lines(Archives.unzip(before.asByteArray()).get("data/metrics.ndjson")).size() + 1)
                .contains(api().get("/api/v1/metrics/" + id).then().statusCode(200).extract().asString());
        assertThat(after.header("Content-Disposition")).contains("-" + manifest.path("changeSeq").asLong() + ".zip");
    }

    @Test
    void shouldHoldExactlyTheChangesUpToItsChangeSeqWhileCuratorsWrite() throws Exception {
        long start = lastChange();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        List<byte[]> archives = new ArrayList<>();
        try {
            Future<?> writes = writer.submit(() -> IntStream.range(0, 12).forEach(i -> addMetric(BUSY + i)));
            while (!writes.isDone()) {
                archives.add(api().get(CURRENT).then().statusCode(200).extract().asByteArray());
            }
            writes.get(60, TimeUnit.SECONDS);
            archives.add(api().get(CURRENT).then().statusCode(200).extract().asByteArray());
        } finally {
            writer.shutdownNow();
        }
        JsonNode feed = read(api().queryParam("since", start).queryParam("size", 100).get("/api/v1/changes"))
                .path("items");
        Set<Long> cuts = new TreeSet<>();
        for (byte[] archive : archives) {
            Map<String, byte[]> files = Archives.unzip(archive);
            long cut = json(files.get("manifest.json")).path("changeSeq").asLong();
            cuts.add(cut);
            Set<String> upToCut = new TreeSet<>();
            feed.forEach(change -> {
                if (change.path("seq").asLong() <= cut && change.path("id").asText().startsWith(BUSY)) {
                    upToCut.add(change.path("id").asText());
                }
            });
            Set<String> inArchive = new TreeSet<>();
            for (String line : lines(files.get("data/metrics.ndjson"))) {
                String id = json(line.getBytes(StandardCharsets.UTF_8)).path("id").asText();
                if (id.startsWith(BUSY)) {
                    inArchive.add(id);
                }
            }
            assertThat(inArchive).as("archive cut at change " + cut).isEqualTo(upToCut);
        }
        // The last archive, cut after every write, holds all of them.
        assertThat(cuts).contains(start + 12);
    }

    @Test
    void shouldHoldNoWriteCommittedAfterItsReadBegan() throws IOException {
        long start = lastChange();
        Cut cut = snapshots.open();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try {
            // Committed after the read began and before a record is read: the archive must not see it.
            addMetric("test-snapshot-late-metric");
            assertThat(lastChange()).isEqualTo(start + 1);
        } finally {
            snapshots.write(cut, archive);
        }
        Map<String, byte[]> files = Archives.unzip(archive.toByteArray());
        assertThat(json(files.get("manifest.json")).path("changeSeq").asLong()).isEqualTo(start);
        assertThat(lines(files.get("data/metrics.ndjson"))).hasSize(total("/api/v1/metrics") - 1)
                .noneMatch(line -> line.contains("test-snapshot-late-metric"));

        Map<String, byte[]> now = Archives.unzip(api().get(CURRENT).then().statusCode(200).extract().asByteArray());
        assertThat(json(now.get("manifest.json")).path("changeSeq").asLong()).isEqualTo(start + 1);
        assertThat(lines(now.get("data/metrics.ndjson"))).anyMatch(line -> line.contains("test-snapshot-late-metric"));
    }

    @Test
    void shouldServeAReleaseOnlyWhileTheDataIsExactlyThatRelease() {
        addSource("example-snapshot-first");
        int number = json(as(api(), EDITOR).post("/api/v1/releases").then().statusCode(201).extract().asByteArray())
                .path("number").asInt();
        byte[] current = api().get(CURRENT).then().statusCode(200).extract().asByteArray();
        ExtractableResponse<Response> release = api().get("/api/v1/releases/" + number + "/download").then()
                .statusCode(200).contentType("application/zip").extract();
        assertThat(release.asByteArray()).isEqualTo(current);
        assertThat(json(Archives.unzip(current).get("manifest.json")).path("changesSinceRelease").asLong()).isZero();

        invalid().get("/api/v1/releases/" + (number - 1) + "/download").then().statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("Release " + (number - 1) + " can no longer be downloaded"));
        addSource("example-snapshot-second");
        invalid().get("/api/v1/releases/" + number + "/download").then().statusCode(410)
                .body("detail", containsString("which is release " + number + " with 1 change(s) since"));
        invalid().get("/api/v1/releases/999999/download").then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("No release has the number '999999'."));
    }

    @Test
    void shouldLabelDataLoadedWithoutItsReleaseRecordedWithTheLoad() {
        // As generated scale data is: data_load names a release no release row records.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update data_load set release = 999999, loaded_at = ?1 where id = 1")
                .setParameter(1, java.time.LocalDateTime.of(2026, 1, 2, 3, 4, 5)).executeUpdate());
        JsonNode manifest = json(Archives.unzip(api().get(CURRENT).then().statusCode(200).extract().asByteArray())
                .get("manifest.json"));
        assertThat(manifest.path("release").path("number").asInt()).isEqualTo(999999);
        assertThat(manifest.path("release").path("checksum").asText()).isEqualTo(loaded[1]);
        assertThat(OffsetDateTime.parse(manifest.path("release").path("publishedAt").asText()).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(manifest.path("changesSinceRelease").asLong()).isEqualTo(manifest.path("changeSeq").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "0", "-1", "03", "1.5", "9999999999"})
    void shouldAnswer400ForAPathThatIsNeitherCurrentNorAReleaseNumber(String number) {
        invalid().get("/api/v1/releases/" + number + "/download").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", is("The request has an invalid parameter: number."))
                .body("errors.name", is(List.of("number"))).body("errors.in", is(List.of("path")));
    }

    private static void addMetric(String id) {
        Map<String, Object> draft = Drafts.aiibMetric(id, "AIIB cumulative financing (for a snapshot)");
        as(api().contentType(ContentType.JSON).body(draft), CURATOR).post("/api/v1/metrics").then().statusCode(201);
    }

    private static void addSource(String id) {
        as(api().contentType(ContentType.JSON).body(Map.of("id", id, "kind", "news", "title", "A note for " + id,
                "language", "en", "text", "A note for " + id + ", written for a snapshot.")), CURATOR)
                .post("/api/v1/sources").then().statusCode(201);
    }

    private static RequestSpecification as(RequestSpecification request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static int total(String path) {
        return api().queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");
    }

    private static long lastChange() {
        JsonNode page = read(api().queryParam("sort", "-seq").queryParam("size", 1).get("/api/v1/changes"));
        return page.path("items").isEmpty() ? 0 : page.path("items").get(0).path("seq").asLong();
    }

    /** The contract's own version, which the manifest must name. */
    private static String contractVersion() {
        try {
            String contract = Files.readString(Path.of("openapi.yaml"));
            Matcher version = Pattern.compile("(?m)^info:\\n(?:  .*\\n)*?  version: (\\S+)$").matcher(contract);
            assertThat(version.find()).isTrue();
            return version.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode manifestFile(JsonNode manifest, String path) {
        for (JsonNode file : manifest.path("files")) {
            if (file.path("path").asText().equals(path)) {
                return file;
            }
        }
        throw new AssertionError("The manifest lists no " + path);
    }

    private static JsonNode read(Response response) {
        return json(response.then().statusCode(200).extract().asByteArray());
    }

    private static List<String> lines(byte[] ndjson) {
        String text = new String(ndjson, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return List.of();
        }
        assertThat(text).endsWith("\n");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
