package org.bri.data.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.bri.data.curation.Writes.CURATOR;
import static org.bri.data.curation.Writes.EDITOR;
import static org.bri.data.curation.Writes.READER;
import static org.bri.data.curation.Writes.as;
import static org.bri.data.curation.Writes.latestChange;
import static org.bri.data.curation.Writes.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Tokens;
import org.bri.data.common.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Curators add, correct and delete projects: under the loader's rules, with versions, If-Match and a change log. */
@QuarkusTest
class ProjectWriteTest {

    private static final Writes WRITES = new Writes("projects");

    private static final String ID = "test-quokka-railway";
    private static final String SOURCE = "qiushi-2023-zheng-shanjie";
    private static final String QUOTE = "Having entered into operation since December 2021, the China-Laos Railway had "
            + "transported 21 million passengers and 26 million tons of freight by the end of September this year.";

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenProjects() {
        WrittenRecords.remove(em, version);
    }

    private static Map<String, Object> draft(String id) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("name", "Quokka Railway (curated)");
        draft.put("aliases", List.of("Quokka Express"));
        draft.put("type", "railway");
        draft.put("sector", "rail-transport");
        draft.put("scale", "flagship");
        draft.put("status", "operational");
        draft.put("countries", List.of(Map.of("code", "LA", "role", "host"), Map.of("code", "CN", "role", "partner")));
        draft.put("milestones", List.of(Map.of("date", "2021-12", "event", "Enters into operation")));
        draft.put("themes", List.of("connectivity"));
        draft.put("summary", "A railway that a curator added, to test the writes of projects.");
        draft.put("evidence", List.of(Map.of("sourceId", SOURCE, "exact", QUOTE)));
        return draft;
    }

    private static int hosted(String country) {
        return api().get("/api/v1/countries/" + country).then().statusCode(200).extract().path("counts.hostedProjects");
    }

    @Test
    void shouldAnchorTheQuoteAndServeTheProjectWithItsVersionAndAStrongETag() throws Exception {
        String text = Files.readString(Path.of("seeds", SOURCE + ".txt"), StandardCharsets.UTF_8);
        int at = text.indexOf(QUOTE);
        assertThat(text.indexOf(QUOTE, at + 1)).isEqualTo(-1);
        int start = text.codePointCount(0, at);
        int end = start + QUOTE.codePointCount(0, QUOTE.length());

        WRITES.post(CURATOR, draft(ID)).then().statusCode(201).header("Location", endsWith("/api/v1/projects/" + ID))
                .header("ETag", is("\"1\"")).body("version", is(1)).body("evidence[0].start", is(start))
                .body("sector.label", is("Rail transport"));
        String etag = api().get("/api/v1/projects/" + ID).then().statusCode(200).header("ETag", is("\"1\""))
                .body("id", is(ID)).body("aliases", contains("Quokka Express")).body("type", is("railway"))
                .body("sector.crsCode", is("21030")).body("iatiActivityStatus", is(3))
                .body("countries.alpha3", contains("LAO", "CHN")).body("countries.role", contains("host", "partner"))
                .body("milestones[0].date", is("2021-12")).body("themes", contains("connectivity"))
                .body("evidence[0].exact", is(QUOTE)).body("evidence[0].start", is(start))
                .body("evidence[0].end", is(end)).body("evidence[0].prefix", is("in 25 European countries. "))
                .body("evidence[0].suffix", is(" The railway is helping the Lao")).body("version", is(1))
                .body("updatedAt", notNullValue()).extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/projects/" + ID).then().statusCode(304);
        // The search text is computed as the loader computes it: from the aliases and quotes too.
        api().queryParam("q", "quokka express").get("/api/v1/projects").then().statusCode(200)
                .body("items.id", contains(ID));
        api().queryParam("country", "CN").queryParam("countryRole", "partner").queryParam("size", 100)
                .get("/api/v1/projects").then().statusCode(200).body("items.id", hasItem(ID));
        api().get("/api/v1/projects/" + ID + "/metrics").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void shouldRefuseAQuoteThatIsNotInItsSourceNamingItsPointer() {
        WRITES.post(CURATOR, with(draft(ID), "evidence", List.of(Map.of("sourceId", SOURCE, "exact",
                "Having entered into operation since December 2021, the Quokka Railway reached the Moon."))))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.name", contains("/evidence/0/exact")).body("errors[0].in", is("body"))
                .body("errors[0].detail", containsString("not found verbatim"));
        WRITES.post(CURATOR, with(draft(ID), "evidence", List.of(Map.of("sourceId", "no-such-source", "exact", QUOTE))))
                .then().statusCode(422).body("errors.name", contains("/evidence/0/sourceId"));
        api().get("/api/v1/projects/" + ID).then().statusCode(404);
    }

    @Test
    void shouldRefuseUnknownReferencesAndBadDatesNamingEachPointer() {
        Map<String, Object> bad = with(with(with(with(draft(ID), "sector", "space-elevators"), "countries",
                List.of(Map.of("code", "LA", "role", "host"), Map.of("code", "ZZ", "role", "partner"))), "themes",
                List.of("connectivity", "astrology")),
                "milestones", List.of(Map.of("date", "2021-13", "event", "Enters into operation")));
        WRITES.post(CURATOR, bad).then().statusCode(422)
                .body("errors.name", contains("/countries/1/code", "/milestones/0/date", "/sector", "/themes"))
                .body("errors.detail", hasItem(containsString("does not resolve")));
        WRITES.post(CURATOR, with(draft(ID), "countries",
                List.of(Map.of("code", "LA", "role", "host"), Map.of("code", "LA", "role", "partner")))).then()
                .statusCode(422).body("errors.name", contains("/countries"))
                .body("errors[0].detail", containsString("twice"));
        // Vocabularies and unknown fields break the contract itself, so the contract-checking client would not send them.
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(with(draft(ID), "type", "rocket"), "countries", List.of(Map.of("code", "LA", "role",
                        "owner"))))
                .post("/api/v1/projects").then().statusCode(422)
                .body("errors.name", contains("/countries/0/role", "/type"));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(draft(ID), "colour", "red")).post("/api/v1/projects").then().statusCode(422)
                .body("errors.name", contains("/colour"));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(with(draft(ID), "name", "x".repeat(301)), "aliases", List.of(" "))).post("/api/v1/projects")
                .then().statusCode(422).body("errors.name", contains("/aliases/0", "/name"));
        api().get("/api/v1/projects/" + ID).then().statusCode(404);
    }

    @Test
    void shouldRefuseWritesWithoutATokenOrWithoutTheRole() {
        invalid().contentType(ContentType.JSON).body(draft(ID)).post("/api/v1/projects").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        WRITES.post(Tokens.expired("alice@example.org", "curator"), draft(ID)).then().statusCode(401);
        WRITES.post(Tokens.forged("alice@example.org", "curator"), draft(ID)).then().statusCode(401);
        WRITES.post(READER, draft(ID)).then().statusCode(403);
        api().get("/api/v1/projects/" + ID).then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.delete(CURATOR, ID, "\"1\"").then().statusCode(403).contentType("application/problem+json");
        api().get("/api/v1/projects/" + ID).then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheProjectsWrittenSinceAMoment() {
        int all = api().get("/api/v1/projects").then().statusCode(200).extract().path("totalItems");
        String written = WRITES.post(CURATOR, draft(ID)).then().statusCode(201).extract().path("updatedAt");
        api().queryParam("updatedSince", written).get("/api/v1/projects").then().statusCode(200)
                .body("items.id", contains(ID));
        api().queryParam("updatedSince", "2000-01-01").get("/api/v1/projects").then().statusCode(200)
                .body("totalItems", is(all + 1));
        api().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/projects").then().statusCode(200)
                .body("totalItems", is(0));
        invalid().queryParam("updatedSince", "2026-02-30").get("/api/v1/projects").then().statusCode(400)
                .body("errors.name", contains("updatedSince"));
    }

    @Test
    void shouldRefuseAnIdInUseWithAConflict() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409).contentType("application/problem+json");
        WRITES.post(CURATOR, draft("china-laos-railway")).then().statusCode(409);
        api().get("/api/v1/projects/china-laos-railway").then().statusCode(200).body("name", is("China-Laos Railway"))
                .body("version", is(1));
    }

    @Test
    void shouldReplaceOnlyTheVersionIfMatchNames() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        Map<String, Object> corrected = with(draft(ID), "status", "under-construction");
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR).body(corrected)
                .put("/api/v1/projects/" + ID).then().statusCode(428).contentType("application/problem+json")
                .body("title", is("Precondition Required"));
        WRITES.put(CURATOR, ID, "\"7\"", corrected).then().statusCode(412).contentType("application/problem+json");
        WRITES.put(CURATOR, ID, "W/\"1\"", corrected).then().statusCode(412);
        WRITES.put(EDITOR, ID, "\"1\"", corrected).then().statusCode(200).header("ETag", is("\"2\""))
                .body("version", is(2)).body("status", is("under-construction")).body("iatiActivityStatus", is(2));
        api().get("/api/v1/projects/" + ID).then().statusCode(200).header("ETag", is("\"2\""))
                .body("status", is("under-construction"));
        // The first curator's copy is stale now: her write is refused, not silently applied.
        WRITES.put(CURATOR, ID, "\"1\"", draft(ID)).then().statusCode(412);
        api().get("/api/v1/projects/" + ID).then().body("version", is(2));
        WRITES.put(CURATOR, "test-never-written", "\"1\"", draft("test-never-written")).then().statusCode(404);
    }

    @Test
    void shouldCreateAtAChosenIdOnlyWhenItIsFree() {
        Map<String, Object> body = draft(ID);
        body.remove("id");
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/projects/" + ID).then().statusCode(201)
                .header("Location", endsWith("/api/v1/projects/" + ID)).header("ETag", is("\"1\""))
                .body("id", is(ID)).body("version", is(1));
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/projects/" + ID).then().statusCode(412);
        WRITES.put(CURATOR, ID, "\"1\"", draft("test-another-id")).then().statusCode(422)
                .body("errors.name", contains("/id"));
    }

    @Test
    void shouldKeepADeletedProjectAsATombstoneThatNoReadServes() {
        long before = latestChange();
        int la = hosted("LA");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        assertThat(hosted("LA")).isEqualTo(la + 1);
        WRITES.put(CURATOR, ID, "\"1\"", with(draft(ID), "scale", "small-and-beautiful")).then().statusCode(200);
        invalid().header("Authorization", "Bearer " + EDITOR).delete("/api/v1/projects/" + ID).then()
                .statusCode(428);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(412);
        WRITES.delete(EDITOR, ID, "\"2\"").then().statusCode(204);

        api().get("/api/v1/projects/" + ID).then().statusCode(404);
        api().get("/api/v1/projects/" + ID + "/metrics").then().statusCode(404);
        api().get("/api/v1/projects/" + ID + "/statements").then().statusCode(404);
        api().queryParam("country", "LA").queryParam("size", 100).get("/api/v1/projects").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
        assertThat(hosted("LA")).isEqualTo(la);
        WRITES.delete(EDITOR, ID, "\"3\"").then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409);
        as(api().contentType(ContentType.JSON).body(draft(ID)), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/projects/" + ID).then().statusCode(409);
        // Nothing can come to reference a deleted project.
        as(api().contentType(ContentType.JSON).body(metric("test-quokka-passengers", ID)), CURATOR)
                .post("/api/v1/metrics").then().statusCode(422).body("errors.name", contains("/project"));

        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.id", everyItem(is(ID))).body("items.type", everyItem(is("project")))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.actor", contains("alice@example.org", "alice@example.org", "bob@example.org"))
                .body("items.version", contains(1, 2, 3)).body("items[1].record.scale", is("small-and-beautiful"))
                .body("items[2].record", nullValue());
        api().queryParam("since", before).queryParam("type", "project").get("/api/v1/changes").then()
                .statusCode(200).body("totalItems", is(3));
        api().get("/api/v1/projects/" + ID + "/history").then().statusCode(200).body("totalItems", is(3))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.actor", contains("alice@example.org", "alice@example.org", "bob@example.org"));
        api().get("/api/v1/projects/test-never-written/history").then().statusCode(404);
    }

    @Test
    void shouldRefuseToDeleteAProjectThatRecordsStillReference() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        as(api().contentType(ContentType.JSON).body(metric("test-quokka-passengers", ID)), CURATOR)
                .post("/api/v1/metrics").then().statusCode(201);
        as(api().contentType(ContentType.JSON).body(statement("test-quokka-dream", ID)), CURATOR)
                .post("/api/v1/statements").then().statusCode(201);
        long before = latestChange();

        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 metric and 1 statement"));
        api().get("/api/v1/projects/" + ID).then().statusCode(200).body("version", is(1));
        // A seed project that seed records cite is kept too, with nothing logged.
        WRITES.delete(EDITOR, "china-laos-railway", "\"1\"").then().statusCode(409)
                .body("detail", containsString("'china-laos-railway' is referenced by"));
        api().get("/api/v1/projects/china-laos-railway").then().statusCode(200);
        assertThat(latestChange()).isEqualTo(before);

        as(api(), EDITOR).header("If-Match", "\"1\"").delete("/api/v1/metrics/test-quokka-passengers").then()
                .statusCode(204);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(409).body("detail",
                containsString("0 metrics and 1 statement"));
        as(api(), EDITOR).header("If-Match", "\"1\"").delete("/api/v1/statements/test-quokka-dream").then()
                .statusCode(204);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(204);
    }

    @Test
    void shouldPatchOnlyTheFieldsNamedAndStoreTheResultAsAReplacement() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        long before = latestChange();
        int start = api().get("/api/v1/projects/" + ID).then().extract().path("evidence[0].start");

        WRITES.patch(EDITOR, ID, "\"1\"", "{\"status\": \"under-construction\", \"scale\": null}").then()
                .statusCode(200)
                .header("ETag", is("\"2\"")).body("version", is(2)).body("status", is("under-construction"))
                .body("scale", nullValue());
        api().get("/api/v1/projects/" + ID).then().statusCode(200).header("ETag", is("\"2\""))
                .body("status", is("under-construction")).body("scale", nullValue())
                .body("name", is("Quokka Railway (curated)")).body("aliases", contains("Quokka Express"))
                .body("countries.code", contains("LA", "CN")).body("countries.role", contains("host", "partner"))
                .body("milestones[0].event", is("Enters into operation")).body("themes", contains("connectivity"))
                .body("evidence[0].exact", is(QUOTE)).body("evidence[0].start", is(start));
        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.action", contains("update")).body("items.actor", contains("bob@example.org"))
                .body("items.version", contains(2)).body("items[0].record.status", is("under-construction"));
        // An alias added by a patch is found at once: the search text is computed anew.
        WRITES.patch(CURATOR, ID, "\"2\"", "{\"aliases\": [\"Wallaby Line\"]}").then().statusCode(200)
                .body("version", is(3)).body("aliases", contains("Wallaby Line"));
        api().queryParam("q", "wallaby").get("/api/v1/projects").then().statusCode(200).body("items.id", contains(ID));
        api().queryParam("q", "quokka express").get("/api/v1/projects").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
    }

    @Test
    void shouldRefusePatchesWithoutTheirVersionTheirMediaTypeOrTheRules() {
        String rename = "{\"name\": \"Quokka Railway, patched\"}";
        WRITES.patch(CURATOR, ID, "\"1\"", rename).then().statusCode(404).contentType("application/problem+json");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .body(rename).patch("/api/v1/projects/" + ID).then().statusCode(428)
                .contentType("application/problem+json");
        WRITES.patch(CURATOR, ID, "\"7\"", rename).then().statusCode(412).contentType("application/problem+json");
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body(rename).patch("/api/v1/projects/" + ID).then().statusCode(415)
                .header("Accept-Patch", "application/merge-patch+json").contentType("application/problem+json");
        WRITES.patch(READER, ID, "\"1\"", rename).then().statusCode(403);
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"id\": \"test-another-id\"}").then().statusCode(422)
                .body("errors.name", contains("/id"));
        WRITES.patch(CURATOR, ID, "\"1\"",
                "{\"sector\": \"space-elevators\", \"milestones\": [{\"date\": \"2021-02-30\", "
                        + "\"event\": \"Opens\"}]}")
                .then().statusCode(422)
                .body("errors.name", contains("/milestones/0/date", "/sector"));
        // Null removes a field, and these are required.
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("{\"summary\": null, \"countries\": null}")
                .patch("/api/v1/projects/" + ID).then().statusCode(422).body("errors.name", hasItem("/summary"))
                .body("errors.name", hasItem("/countries"));
        api().get("/api/v1/projects/" + ID).then().statusCode(200).body("version", is(1))
                .body("name", is("Quokka Railway (curated)"));
        WRITES.patch(CURATOR, ID, "\"1\"", rename).then().statusCode(200).body("version", is(2));
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"name\": \"A stale correction\"}").then().statusCode(412);
    }

    /** Curated data flows back into seeds/ through the export: a curated project is in it, a deleted one is not. */
    @Test
    void shouldExportACuratedProjectInTheSeedFormat() throws Exception {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.post(CURATOR, draft("test-quokka-deleted")).then().statusCode(201);
        WRITES.delete(EDITOR, "test-quokka-deleted", "\"1\"").then().statusCode(204);
        byte[] zip = as(api(), EDITOR).get("/api/v1/export").then().statusCode(200).extract().asByteArray();
        JsonNode projects = new ObjectMapper().readTree(entry(zip, "data/projects.json"));
        List<String> ids = new ArrayList<>();
        projects.forEach(p -> ids.add(p.path("id").asText()));
        assertThat(ids).contains(ID, "china-laos-railway").doesNotContain("test-quokka-deleted");
        JsonNode exported = projects.get(ids.indexOf(ID));
        assertThat(exported).isEqualTo(new ObjectMapper().valueToTree(draft(ID)));
    }

    /** The README's project example, as a new user would send it. */
    @Test
    void shouldAcceptTheReadmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher body = Pattern.compile("-X POST localhost:8080/api/v1/projects .*?-d '(\\{.*?\\})'\n", Pattern.DOTALL)
                .matcher(readme);
        assertThat(body.find()).isTrue();
        String id = as(api().contentType(ContentType.JSON).body(body.group(1)), CURATOR).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        assertThat(id).startsWith("example-");
        api().get("/api/v1/projects/" + id).then().statusCode(200).body("version", is(1))
                .body("countries.role", contains("host", "partner"));
        api().get("/api/v1/projects/" + id + "/history").then().statusCode(200).body("items.action",
                contains("create"));
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the export");
    }

    private static Map<String, Object> metric(String id, String project) {
        Map<String, Object> metric = new HashMap<>();
        metric.put("id", id);
        metric.put("name", "Passengers carried by the Quokka Railway");
        metric.put("indicator", "passengers-transported");
        metric.put("value", 21000000);
        metric.put("unit", "passengers");
        metric.put("approximation", "exact");
        metric.put("valueText", "21 million passengers");
        metric.put("asOf", "2023-09");
        metric.put("kind", "observed");
        metric.put("project", project);
        metric.put("countries", List.of("LA"));
        metric.put("themes", List.of());
        metric.put("evidence", List.of(Map.of("sourceId", SOURCE, "exact", QUOTE)));
        return metric;
    }

    private static Map<String, Object> statement(String id, String project) {
        Map<String, Object> statement = new HashMap<>();
        statement.put("id", id);
        statement.put("type", "assessment");
        statement.put("speaker", "zheng-shanjie");
        statement.put("date", "2023");
        statement.put("note", null);
        statement.put("projects", List.of(project));
        statement.put("countries", List.of());
        statement.put("themes", List.of());
        statement.put("evidence", List.of(Map.of("sourceId", SOURCE, "exact", QUOTE)));
        return statement;
    }
}
