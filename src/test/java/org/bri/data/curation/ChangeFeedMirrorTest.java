package org.bri.data.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Tokens;
import org.bri.data.common.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An integrator that follows the change feed while curators write keeps an exact mirror of what the API serves. */
@QuarkusTest
class ChangeFeedMirrorTest {

    private static final String PREFIX = "test-mirror-";
    private static final String SHARED = PREFIX + "shared";
    private static final int WRITERS = 3;
    private static final int METRICS_PER_WRITER = 4;
    private static final int SHARED_PATCHES_PER_WRITER = 3;
    private static final String QUOTE = "By the end of June this year, the AIIB’s cumulative financing had reached "
            + "US$43.6 billion, with projects in areas such as transportation, energy, and public health.";
    private static final String CURATOR = Tokens.of("alice@example.org", "curator");
    private static final String EDITOR = Tokens.of("bob@example.org", "editor");
    /** Exact decimals, so that records compare as the service wrote them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenRecords() {
        WrittenRecords.remove(em, version);
    }

    @Test
    void shouldMirrorEveryChangeExactlyWhileWritesRun() throws Exception {
        long start = latestChange();
        post(draft(SHARED, 1));
        AtomicInteger sharedPatches = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> written = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            written.add(writers.submit(() -> write(writer, sharedPatches)));
        }
        writers.shutdown();

        Map<String, JsonNode> mirror = new TreeMap<>();
        List<Long> applied = new ArrayList<>();
        long last = start;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            // Checked before the read: a read that finds nothing after every writer stopped has seen every change.
            boolean stopped = writers.isTerminated();
            JsonNode items = changes(last, 1).path("items");
            for (JsonNode change : items) {
                long seq = change.path("seq").asLong();
                assertThat(seq).as("change numbers rise strictly").isGreaterThan(last);
                last = seq;
                applied.add(seq);
                apply(mirror, change);
            }
            if (items.isEmpty() && stopped) {
                break;
            }
            assertThat(System.nanoTime()).as("the writers finish in time").isLessThan(deadline);
            if (items.isEmpty()) {
                Thread.sleep(10);
            }
        }
        for (Future<?> writer : written) {
            writer.get(); // a writer's failed assertion fails the test
        }
        assertThat(writers.awaitTermination(1, TimeUnit.SECONDS)).isTrue();

        // Each writer's metrics: created, replaced and patched; every other one deleted. The shared one: patched by all.
        // Each writer's project: created and patched; every other writer's deleted.
        int kept = WRITERS * (METRICS_PER_WRITER / 2);
        int changes = 1 + WRITERS * (METRICS_PER_WRITER * 3 + METRICS_PER_WRITER / 2 + SHARED_PATCHES_PER_WRITER)
                + WRITERS * 2 + WRITERS / 2;
        assertThat(sharedPatches).hasValue(WRITERS * SHARED_PATCHES_PER_WRITER);
        assertThat(applied).hasSize(changes);
        assertThat(applied).as("no number skipped").isEqualTo(LongStream.rangeClosed(start + 1, last).boxed().toList());
        assertThat(allChanges(start)).as("a full read of the feed").isEqualTo(applied);

        Map<String, JsonNode> served = served("metrics");
        assertThat(served).hasSize(kept + 1);
        assertThat(served.get("metric/" + SHARED).path("version").asInt())
                .isEqualTo(1 + WRITERS * SHARED_PATCHES_PER_WRITER);
        Map<String, JsonNode> projects = served("projects");
        assertThat(projects).hasSize(WRITERS - WRITERS / 2);
        served.putAll(projects);
        assertThat(versions(mirror)).isEqualTo(versions(served));
        assertThat(mirror).isEqualTo(served);
    }

    /**
     * One curator's work: a project and metrics of its own, and patches of the shared metric, retried when another
     * came first.
     */
    private static void write(int writer, AtomicInteger sharedPatches) {
        String project = PREFIX + "project-" + writer;
        withToken(CURATOR).contentType(ContentType.JSON).body(project(project)).post("/api/v1/projects").then()
                .statusCode(201);
        for (int i = 0; i < METRICS_PER_WRITER; i++) {
            String id = PREFIX + writer + "-" + i;
            post(draft(id, writer * 100 + i));
            withToken(CURATOR).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(draft(id, writer * 100 + i + 0.5)).put("/api/v1/metrics/" + id).then().statusCode(200);
            patch(id, "\"2\"", "{\"name\": \"Mirrored metric " + id + ", patched\"}").then().statusCode(200);
            if (i % 2 == 1) {
                withToken(EDITOR).header("If-Match", "\"3\"").delete("/api/v1/metrics/" + id).then().statusCode(204);
            }
            if (i < SHARED_PATCHES_PER_WRITER) {
                patchShared(writer, i);
                sharedPatches.incrementAndGet();
            }
        }
        withToken(CURATOR).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"name\": \"Mirrored project " + writer + ", patched\"}").patch("/api/v1/projects/" + project)
                .then().statusCode(200);
        if (writer % 2 == 1) {
            withToken(EDITOR).header("If-Match", "\"2\"").delete("/api/v1/projects/" + project).then().statusCode(204);
        }
    }

    private static void patchShared(int writer, int i) {
        while (true) {
            String etag = api().get("/api/v1/metrics/" + SHARED).then().statusCode(200).extract().header("ETag");
            Response answer = patch(SHARED, etag,
                    "{\"name\": \"Shared metric, patched by " + writer + " (" + i + ")\"}");
            if (answer.statusCode() != 412) {
                answer.then().statusCode(200);
                return;
            }
        }
    }

    private static void apply(Map<String, JsonNode> mirror, JsonNode change) {
        assertThat(change.path("type").asText()).isIn("metric", "project");
        String id = change.path("type").asText() + "/" + change.path("id").asText();
        switch (change.path("action").asText()) {
            case "create", "update" -> mirror.put(id, change.path("record"));
            case "delete" -> assertThat(mirror.remove(id)).as("a deleted record was mirrored: %s", id).isNotNull();
            default -> throw new AssertionError("unknown action in " + change);
        }
    }

    private static Map<String, Integer> versions(Map<String, JsonNode> records) {
        Map<String, Integer> versions = new TreeMap<>();
        records.forEach((id, record) -> versions.put(id, record.path("version").asInt()));
        return versions;
    }

    private static Map<String, Object> project(String id) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("name", "Mirrored project " + id);
        draft.put("aliases", List.of());
        draft.put("type", "bank");
        draft.put("sector", "multisector");
        draft.put("countries", List.of(Map.of("code", "CN", "role", "partner")));
        draft.put("milestones", List.of());
        draft.put("themes", List.of("finance"));
        draft.put("summary", "A project written while an integrator mirrors the change feed.");
        draft.put("evidence", List.of(Map.of("sourceId", "qiushi-2023-zheng-shanjie", "exact", QUOTE)));
        return draft;
    }

    private static Map<String, Object> draft(String id, double value) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("name", "Mirrored metric " + id);
        draft.put("indicator", "cumulative-financing");
        draft.put("value", 43600000000.0 + value);
        draft.put("unit", "USD");
        draft.put("approximation", "exact");
        draft.put("valueText", "US$43.6 billion");
        draft.put("asOf", "2023-06");
        draft.put("kind", "observed");
        draft.put("project", "asian-infrastructure-investment-bank");
        draft.put("countries", List.of("CN"));
        draft.put("themes", List.of("finance"));
        draft.put("evidence", List.of(Map.of("sourceId", "qiushi-2023-zheng-shanjie", "exact", QUOTE)));
        return draft;
    }

    private static io.restassured.specification.RequestSpecification withToken(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    private static void post(Map<String, Object> draft) {
        withToken(CURATOR).contentType(ContentType.JSON).body(draft).post("/api/v1/metrics").then().statusCode(201);
    }

    private static Response patch(String id, String ifMatch, String body) {
        return withToken(CURATOR).contentType("application/merge-patch+json").header("If-Match", ifMatch).body(body)
                .patch("/api/v1/metrics/" + id);
    }

    private static JsonNode changes(long since, int page) throws Exception {
        return JSON.readTree(api().queryParam("since", since).queryParam("size", 100).queryParam("page", page)
                .get("/api/v1/changes").then().statusCode(200).extract().asString());
    }

    private static long latestChange() throws Exception {
        JsonNode first = JSON.readTree(api().queryParam("size", 1).get("/api/v1/changes").then().statusCode(200)
                .extract().asString());
        int total = first.path("totalItems").asInt();
        return total == 0
                ? 0
                : JSON.readTree(api().queryParam("size", 1).queryParam("page", total).get("/api/v1/changes").then()
                        .statusCode(200).extract().asString()).path("items").get(0).path("seq").asLong();
    }

    /** Every change after {@code since}, walking all pages of the feed. */
    private static List<Long> allChanges(long since) throws Exception {
        List<Long> seqs = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonNode body = changes(since, page);
            body.path("items").forEach(change -> seqs.add(change.path("seq").asLong()));
            if (page >= body.path("totalPages").asInt()) {
                return seqs;
            }
        }
    }

    /** The records of a list ("metrics", "projects") this test wrote, as every page of the list serves them. */
    private static Map<String, JsonNode> served(String list) throws Exception {
        Map<String, JsonNode> served = new TreeMap<>();
        String type = list.substring(0, list.length() - 1);
        for (int page = 1;; page++) {
            JsonNode body = JSON.readTree(api().queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/" + list).then().statusCode(200).extract().asString());
            body.path("items").forEach(record -> {
                if (record.path("id").asText().startsWith(PREFIX)) {
                    served.put(type + "/" + record.path("id").asText(), record);
                }
            });
            if (page >= body.path("totalPages").asInt()) {
                return served;
            }
        }
    }
}
