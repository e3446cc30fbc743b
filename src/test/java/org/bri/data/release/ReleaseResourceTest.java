package org.bri.data.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Archives;
import org.bri.data.Drafts;
import org.bri.data.Seeds;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Releases: the seed release is the first, an editor publishes the next as an immutable snapshot consistent with the
 * change feed, and every release is listed with its checksum and counts.
 */
@QuarkusTest
class ReleaseResourceTest {

    private static final String EDITOR = Tokens.of("erin@example.org", "editor");
    private static final String CURATOR = Tokens.of("carl@example.org", "curator");
    private static final String SOURCE = Drafts.AIIB_SOURCE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUSY = "example-release-busy-";

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    /** The release and checksum data_load records before a test publishes, which other tests expect back. */
    private Object[] loaded;

    @BeforeEach
    void rememberTheLoadedRelease() {
        loaded = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("select release, checksum from data_load where id = 1").getSingleResult());
    }

    @AfterEach
    void removePublishedReleases() {
        // Only a test removes a release: the service never does.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from release where kind = 'published'").executeUpdate();
            em.createNativeQuery("update data_load set release = ?1, checksum = ?2 where id = 1")
                    .setParameter(1, loaded[0]).setParameter(2, loaded[1]).executeUpdate();
        });
        WrittenRecords.remove(em, version);
    }

    @Test
    void shouldListTheSeedReleaseFirstWithTheCountsOfTheDataItHolds() {
        JsonNode seeds = Seeds.release();
        int number = seeds.path("release").asInt();
        JsonNode release = read(api().queryParam("sort", "number").get("/api/v1/releases").then().statusCode(200))
                .path("items").get(0);
        assertThat(release.path("number").asInt()).isEqualTo(number);
        assertThat(release.path("kind").asText()).isEqualTo("seed");
        assertThat(release.path("publishedBy").asText()).isEqualTo("seed");
        assertThat(release.path("checksum").asText()).isEqualTo(seeds.path("checksum").asText());
        // Nothing had been written when the seeds were loaded into this fresh database.
        assertThat(release.path("changeSeq").asLong()).isZero();
        assertThat(release.path("counts")).isEqualTo(counts());
        assertThat(read(api().get("/api/v1/releases/" + number).then().statusCode(200))).isEqualTo(release);

        // Its snapshot is the seeds folder as shipped: the files its checksum is the checksum of.
        Map<String, byte[]> files = Archives.unzip(snapshot(number));
        assertThat(checksum(files)).isEqualTo(seeds.path("checksum").asText());
        assertThat(json(files.get("data/release.json")).path("release").asInt()).isEqualTo(number);
        assertThat(files).containsKey(SOURCE + ".txt");
    }

    @Test
    void shouldPublishTheCuratedDataAsTheNextRelease() {
        JsonNode before = latest();
        addSource("example-release-first");
        long lastChange = lastChange();

        JsonNode published = read(publish(EDITOR).then().statusCode(201)
                .header("Location", endsWith("/api/v1/releases/" + (before.path("number").asInt() + 1))));
        assertThat(published.path("number").asInt()).isEqualTo(before.path("number").asInt() + 1);
        assertThat(published.path("kind").asText()).isEqualTo("published");
        assertThat(published.path("publishedBy").asText()).isEqualTo("erin@example.org");
        assertThat(published.path("changeSeq").asLong()).isEqualTo(lastChange);
        assertThat(published.path("counts")).isEqualTo(counts());
        assertThat(published.path("counts").path("sources").asInt())
                .isEqualTo(before.path("counts").path("sources").asInt() + 1);
        // The feed from the release's cursor holds nothing it already includes.
        api().queryParam("since", lastChange).get("/api/v1/changes").then().statusCode(200).body("totalItems", is(0));

        // The snapshot is a seeds folder whose release.json and checksum are the release's own.
        int number = published.path("number").asInt();
        Map<String, byte[]> files = Archives.unzip(snapshot(number));
        assertThat(checksum(files)).isEqualTo(published.path("checksum").asText());
        JsonNode releaseFile = json(files.get("data/release.json"));
        assertThat(releaseFile.path("release").asInt()).isEqualTo(number);
        assertThat(releaseFile.path("checksum").asText()).isEqualTo(published.path("checksum").asText());
        assertThat(files).containsKey("example-release-first.txt");
        assertThat(json(files.get("data/sources.json")).findValuesAsText("id")).contains("example-release-first");

        assertThat(read(api().get("/api/v1/releases/" + number).then().statusCode(200))).isEqualTo(published);
        assertThat(read(api().get("/api/v1/releases").then().statusCode(200)).path("items").get(0))
                .isEqualTo(published);
    }

    @Test
    void shouldNeverChangeAPublishedRelease() {
        addSource("example-release-first");
        JsonNode first = read(publish(EDITOR).then().statusCode(201));
        int number = first.path("number").asInt();
        byte[] snapshot = snapshot(number);

        addSource("example-release-second");
        assertThat(read(api().get("/api/v1/releases/" + number).then().statusCode(200))).isEqualTo(first);
        assertThat(snapshot(number)).isEqualTo(snapshot);

        JsonNode second = read(publish(EDITOR).then().statusCode(201));
        assertThat(second.path("number").asInt()).isEqualTo(number + 1);
        assertThat(second.path("checksum").asText()).isNotEqualTo(first.path("checksum").asText());
        assertThat(second.path("counts").path("sources").asInt())
                .isEqualTo(first.path("counts").path("sources").asInt() + 1);
        assertThat(second.path("changeSeq").asLong()).isGreaterThan(first.path("changeSeq").asLong());
        assertThat(read(api().get("/api/v1/releases/" + number).then().statusCode(200))).isEqualTo(first);
        assertThat(read(api().get("/api/v1/releases").then().statusCode(200)).path("items").findValuesAsText("number"))
                .startsWith(String.valueOf(number + 1), String.valueOf(number));
    }

    @Test
    void shouldSnapshotTheDataAsOfItsChangeWhileWritesGoOn() throws Exception {
        long start = lastChange();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> writes = writer.submit(() -> IntStream.range(0, 12).forEach(i -> addSource(BUSY + i)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastChange() < start + 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            JsonNode release = read(publish(EDITOR).then().statusCode(201));
            writes.get(60, TimeUnit.SECONDS);

            // Exactly the writes up to the release's change are in it, whichever were still running.
            long cursor = release.path("changeSeq").asLong();
            JsonNode feed = read(api().queryParam("since", start).queryParam("size", 100).get("/api/v1/changes")
                    .then().statusCode(200)).path("items");
            Set<String> upToCursor = new TreeSet<>();
            feed.forEach(change -> {
                if (change.path("seq").asLong() <= cursor && change.path("id").asText().startsWith(BUSY)) {
                    upToCursor.add(change.path("id").asText());
                }
            });
            Set<String> inSnapshot = new TreeSet<>(json(Archives.unzip(snapshot(release.path("number").asInt()))
                    .get("data/sources.json")).findValuesAsText("id"));
            inSnapshot.removeIf(id -> !id.startsWith(BUSY));
            assertThat(upToCursor).hasSizeGreaterThanOrEqualTo(3);
            assertThat(inSnapshot).isEqualTo(upToCursor);
            assertThat(release.path("counts").path("sources").asInt())
                    .isEqualTo(Seeds.all("sources").size() + upToCursor.size());
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void shouldRefuseToPublishWhenNothingChanged() {
        addSource("example-release-first");
        int number = read(publish(EDITOR).then().statusCode(201)).path("number").asInt();
        publish(EDITOR).then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("There is nothing to publish: nothing has changed since release " + number + "."));

        // A metric added and deleted again leaves the data as it was: changes, but nothing to publish.
        String metric = "test-release-aiib-financing";
        as(api().contentType(ContentType.JSON).body(metric(metric)), CURATOR).post("/api/v1/metrics").then()
                .statusCode(201);
        as(api().header("If-Match", "\"1\""), EDITOR).delete("/api/v1/metrics/" + metric).then().statusCode(204);
        publish(EDITOR).then().statusCode(409)
                .body("detail", is("There is nothing to publish: the data is that of release " + number + "."));
        assertThat(latest().path("number").asInt()).isEqualTo(number);
    }

    @Test
    void shouldLetOnlyAnEditorPublish() {
        addSource("example-release-first");
        int releases = total("/api/v1/releases");
        invalid().post("/api/v1/releases").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        invalid().header("Authorization", "Bearer " + Tokens.forged("erin@example.org", "editor"))
                .post("/api/v1/releases").then().statusCode(401);
        publish(CURATOR).then().statusCode(403).contentType("application/problem+json");
        publish(Tokens.of("reader@example.org", "reader")).then().statusCode(403);
        assertThat(total("/api/v1/releases")).isEqualTo(releases);
        publish(EDITOR).then().statusCode(201);
        assertThat(total("/api/v1/releases")).isEqualTo(releases + 1);
    }

    @Test
    void shouldAnswer404ForAnUnknownRelease() {
        api().get("/api/v1/releases/999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("No release has the number '999999'."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "0", "-1", "03", "1.5", "9999999999"})
    void shouldAnswer400ForAPathThatIsNoReleaseNumber(String number) {
        invalid().get("/api/v1/releases/" + number).then().statusCode(400).contentType("application/problem+json")
                .body("detail", is("The request has an invalid parameter: number."))
                .body("errors.name", is(List.of("number"))).body("errors.in", is(List.of("path")));
    }

    private static RequestSpecification as(RequestSpecification request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static Response publish(String token) {
        return as(api(), token).post("/api/v1/releases");
    }

    private static void addSource(String id) {
        as(api().contentType(ContentType.JSON).body(Map.of("id", id, "kind", "news", "title", "A note for " + id,
                "language", "en", "text", "A note for " + id + ", written for a release.")), CURATOR)
                .post("/api/v1/sources").then().statusCode(201);
    }

    private static Map<String, Object> metric(String id) {
        return Drafts.aiibMetric(id, "AIIB cumulative financing (for a release)");
    }

    /** The counts of the data as the API lists it, and of the vocabularies it serves no list of, as stored. */
    private JsonNode counts() {
        ObjectNode counts = JSON.createObjectNode();
        counts.put("sources", total("/api/v1/sources"));
        counts.put("themes", total("/api/v1/themes"));
        counts.put("countries", stored("country"));
        counts.put("sectors", stored("sector"));
        counts.put("units", stored("metric_unit"));
        counts.put("speakers", total("/api/v1/speakers"));
        counts.put("projects", total("/api/v1/projects"));
        counts.put("metrics", total("/api/v1/metrics"));
        counts.put("statements", total("/api/v1/statements"));
        return counts;
    }

    private int stored(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table).getSingleResult()).intValue());
    }

    private JsonNode latest() {
        return read(api().queryParam("size", 1).get("/api/v1/releases").then().statusCode(200)).path("items").get(0);
    }

    private static int total(String path) {
        return api().queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");
    }

    private static long lastChange() {
        JsonNode page = read(api().queryParam("sort", "-seq").queryParam("size", 1).get("/api/v1/changes").then()
                .statusCode(200));
        return page.path("items").isEmpty() ? 0 : page.path("items").get(0).path("seq").asLong();
    }

    private byte[] snapshot(int number) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em
                .createNativeQuery("select snapshot from release where number = ?1").setParameter(1, number)
                .getSingleResult());
    }

    private static JsonNode read(ValidatableResponse response) {
        return json(response.extract().asByteArray());
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksum the loader computes: each file's path and bytes, in the order read, release.json left out. */
    private static String checksum(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                if (!path.equals("data/release.json")) {
                    digest.update(path.getBytes(StandardCharsets.UTF_8));
                    digest.update(bytes);
                }
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
