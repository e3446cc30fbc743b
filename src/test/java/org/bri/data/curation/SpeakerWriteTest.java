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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
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

/** Curators add, correct and delete speakers: under the loader's rules, with versions, If-Match and a change log. */
@QuarkusTest
class SpeakerWriteTest {

    private static final Writes WRITES = new Writes("speakers");

    private static final String ID = "test-wang-wenbin";
    private static final String NAME = "Wang Wenbin";
    private static final String ROLE = "spokesperson of the Ministry of Foreign Affairs";
    private static final String SOURCE = "qiushi-2023-zheng-shanjie";
    private static final String QUOTE = "The railway is helping the Lao people realize their dream of turning their "
            + "landlocked country into a land-linked one and has created convenience for both them and the people of "
            + "China.";

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenSpeakers() {
        WrittenRecords.remove(em, version);
    }

    private static Map<String, Object> draft(String id) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("name", NAME);
        draft.put("role", ROLE);
        draft.put("organization", "Ministry of Foreign Affairs");
        draft.put("kind", "person");
        return draft;
    }

    /** A statement attributed to the speaker, so that the speaker is referenced. */
    private static Map<String, Object> statement(String id, String speaker) {
        Map<String, Object> statement = new HashMap<>();
        statement.put("id", id);
        statement.put("type", "assessment");
        statement.put("speaker", speaker);
        statement.put("date", "2023");
        statement.put("projects", List.of());
        statement.put("countries", List.of());
        statement.put("themes", List.of());
        statement.put("evidence", List.of(Map.of("sourceId", SOURCE, "exact", QUOTE)));
        return statement;
    }

    @Test
    void shouldAddASpeakerAndServeItWithItsVersionAndAStrongETag() {
        int all = api().get("/api/v1/speakers").then().statusCode(200).extract().path("totalItems");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201).header("Location", endsWith("/api/v1/speakers/" + ID))
                .header("ETag", is("\"1\"")).body("id", is(ID)).body("version", is(1))
                .body("updatedAt", notNullValue());
        String etag = api().get("/api/v1/speakers/" + ID).then().statusCode(200).header("ETag", is("\"1\""))
                .body("name", is(NAME)).body("role", is(ROLE)).body("organization", is("Ministry of Foreign Affairs"))
                .body("kind", is("person")).body("version", is(1)).body("updatedAt", notNullValue()).extract()
                .header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/speakers/" + ID).then().statusCode(304);
        api().queryParam("size", 100).get("/api/v1/speakers").then().statusCode(200).body("totalItems", is(all + 1))
                .body("items.id", hasItem(ID));
        api().queryParam("kind", "body").queryParam("size", 100).get("/api/v1/speakers").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
        // The new speaker is at once a value of the statements' speaker filter, and may be attributed statements.
        api().queryParam("speaker", ID).get("/api/v1/statements").then().statusCode(200).body("totalItems", is(0));
        as(api().contentType(ContentType.JSON).body(statement("test-said-by-wang", ID)), CURATOR)
                .post("/api/v1/statements").then().statusCode(201).body("speaker.id", is(ID))
                .body("speaker.name", is(NAME));
    }

    @Test
    void shouldRefuseWritesWithoutATokenOrWithoutTheRole() {
        invalid().contentType(ContentType.JSON).body(draft(ID)).post("/api/v1/speakers").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.forged("eve", "editor"))
                .body(draft(ID)).post("/api/v1/speakers").then().statusCode(401);
        WRITES.post(READER, draft(ID)).then().statusCode(403)
                .contentType("application/problem+json");
        api().get("/api/v1/speakers/" + ID).then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.put(READER, ID, "\"1\"", draft(ID)).then().statusCode(403);
        WRITES.delete(CURATOR, ID, "\"1\"").then().statusCode(403).contentType("application/problem+json");
        api().get("/api/v1/speakers/" + ID).then().statusCode(200).body("version", is(1));
    }

    @Test
    void shouldRefuseAnIdInUseWithAConflict() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("never reused"));
        WRITES.post(CURATOR, draft("xi-jinping")).then().statusCode(409);
        api().get("/api/v1/speakers/xi-jinping").then().statusCode(200).body("name", is("Xi Jinping"));
    }

    @Test
    void shouldRefuseASpeakerThatBreaksTheRulesNamingEachField() {
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(with(with(draft(ID), "name", " "), "kind", "robot"), "id", "Not A Slug"))
                .post("/api/v1/speakers").then().statusCode(422).contentType("application/problem+json")
                .body("errors.name", containsInAnyOrder("/id", "/name", "/kind"))
                .body("errors[0].in", is("body"));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(with(draft(ID), "role", "r".repeat(501)), "name", "n".repeat(301)))
                .post("/api/v1/speakers").then().statusCode(422)
                .body("errors.name", containsInAnyOrder("/name", "/role"))
                .body("errors.detail", everyItem(containsString("at most")));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(draft("test-" + "a".repeat(96)), "organization", "o".repeat(501)))
                .post("/api/v1/speakers").then().statusCode(422)
                .body("errors.name", containsInAnyOrder("/id", "/organization"));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(draft(ID), "colour", "red")).post("/api/v1/speakers").then().statusCode(422)
                .body("errors.name", contains("/colour"));
        invalid().contentType(ContentType.TEXT).header("Authorization", "Bearer " + CURATOR).body("Wang Wenbin")
                .post("/api/v1/speakers").then().statusCode(415).contentType("application/problem+json");
        api().get("/api/v1/speakers/" + ID).then().statusCode(404);
    }

    @Test
    void shouldReplaceOnlyTheVersionIfMatchNames() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        Map<String, Object> corrected = with(draft(ID), "role", "former spokesperson");
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR).body(corrected)
                .put("/api/v1/speakers/" + ID).then().statusCode(428).contentType("application/problem+json");
        WRITES.put(CURATOR, ID, "\"7\"", corrected).then().statusCode(412).contentType("application/problem+json");
        WRITES.put(EDITOR, ID, "\"1\"", corrected).then().statusCode(200).header("ETag", is("\"2\""))
                .body("version", is(2)).body("role", is("former spokesperson"));
        WRITES.put(CURATOR, ID, "\"1\"", draft(ID)).then().statusCode(412);
        api().get("/api/v1/speakers/" + ID).then().header("ETag", is("\"2\"")).body("role", is("former spokesperson"));
        WRITES.put(CURATOR, ID, "\"2\"", draft("test-another-id")).then().statusCode(422).body("errors.name",
                contains("/id"));
        WRITES.put(CURATOR, "test-never-written", "\"1\"", draft("test-never-written")).then().statusCode(404);
    }

    @Test
    void shouldCreateAtAChosenIdOnlyWhenItIsFree() {
        Map<String, Object> body = draft(ID);
        body.remove("id");
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/speakers/" + ID).then().statusCode(201)
                .header("Location", endsWith("/api/v1/speakers/" + ID)).header("ETag", is("\"1\""))
                .body("id", is(ID)).body("version", is(1));
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/speakers/" + ID).then().statusCode(412);
        api().get("/api/v1/speakers/" + ID).then().statusCode(200).body("name", is(NAME));
    }

    @Test
    void shouldPatchOnlyTheFieldsNamedAndRemoveThoseSetToNull() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        as(api().contentType(ContentType.JSON).body(statement("test-said-by-wang", ID)), CURATOR)
                .post("/api/v1/statements").then().statusCode(201);
        api().queryParam("q", "minister").queryParam("speaker", ID).get("/api/v1/statements").then().statusCode(200)
                .body("totalItems", is(0));
        long before = latestChange();
        WRITES.patch(EDITOR, ID, "\"1\"", "{\"role\": \"Minister of Foreign Affairs\", \"organization\": null}").then()
                .statusCode(200).header("ETag", is("\"2\"")).body("version", is(2))
                .body("role", is("Minister of Foreign Affairs")).body("organization", nullValue())
                .body("name", is(NAME));
        api().get("/api/v1/speakers/" + ID).then().header("ETag", is("\"2\"")).body("organization", nullValue())
                .body("kind", is("person"));
        // A statement shows its speaker as it now stands, and is found by the speaker's new words.
        api().get("/api/v1/statements/test-said-by-wang").then().body("speaker.role", is("Minister of Foreign Affairs"))
                .body("speaker.organization", nullValue());
        api().queryParam("q", "minister foreign").queryParam("speaker", ID).get("/api/v1/statements").then()
                .statusCode(200).body("items.id", contains("test-said-by-wang"));
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .body("{\"kind\": \"body\"}").patch("/api/v1/speakers/" + ID).then().statusCode(428);
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"kind\": \"body\"}").then().statusCode(412);
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"2\"").body("{\"kind\": \"body\"}").patch("/api/v1/speakers/" + ID).then()
                .statusCode(415).header("Accept-Patch", "application/merge-patch+json");
        WRITES.patch(CURATOR, ID, "\"2\"", "{\"id\": \"test-another-id\"}").then().statusCode(422)
                .body("errors.name", contains("/id"));
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"2\"").body("{\"name\": null, \"kind\": \"robot\"}")
                .patch("/api/v1/speakers/" + ID).then().statusCode(422)
                .body("errors.name", containsInAnyOrder("/name", "/kind"));
        api().get("/api/v1/speakers/" + ID).then().body("version", is(2)).body("kind", is("person"));
        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.action", contains("update")).body("items.type", contains("speaker"))
                .body("items.actor", contains("bob@example.org")).body("items[0].record.organization", nullValue())
                .body("items[0].record.version", is(2));
    }

    @Test
    void shouldKeepADeletedSpeakerAsATombstoneAndRefuseToDeleteOneStillQuoted() {
        long before = latestChange();
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        as(api().contentType(ContentType.JSON).body(statement("test-said-by-wang", ID)), CURATOR)
                .post("/api/v1/statements").then().statusCode(201);
        as(api().contentType(ContentType.JSON).body(statement("test-also-said-by-wang", ID)), CURATOR)
                .post("/api/v1/statements").then().statusCode(201);
        invalid().header("Authorization", "Bearer " + EDITOR).delete("/api/v1/speakers/" + ID).then()
                .statusCode(428);
        WRITES.delete(EDITOR, ID, "\"7\"").then().statusCode(412);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("2 statements are attributed"));
        as(api(), EDITOR).header("If-Match", "\"1\"").delete("/api/v1/statements/test-said-by-wang").then()
                .statusCode(204);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(409).body("detail", containsString("1 statement is"));
        as(api(), EDITOR).header("If-Match", "\"1\"").delete("/api/v1/statements/test-also-said-by-wang").then()
                .statusCode(204);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(204);

        api().get("/api/v1/speakers/" + ID).then().statusCode(404);
        api().queryParam("size", 100).get("/api/v1/speakers").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
        invalid().queryParam("speaker", ID).get("/api/v1/statements").then().statusCode(400);
        as(api().contentType(ContentType.JSON).body(statement("test-said-by-wang-again", ID)), CURATOR)
                .post("/api/v1/statements").then().statusCode(422).body("errors.name", contains("/speaker"));
        WRITES.delete(EDITOR, ID, "\"2\"").then().statusCode(404);
        WRITES.patch(CURATOR, ID, "\"2\"", "{\"kind\": \"body\"}").then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409);
        as(api().contentType(ContentType.JSON).body(draft(ID)), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/speakers/" + ID).then().statusCode(409);

        api().queryParam("since", before).queryParam("type", "speaker").get("/api/v1/changes").then()
                .statusCode(200).body("items.id", everyItem(is(ID)))
                .body("items.action", contains("create", "delete")).body("items.version", contains(1, 2))
                .body("items.actor", contains("alice@example.org", "bob@example.org"))
                .body("items[0].record.name", is(NAME)).body("items[1].record", nullValue());
        api().get("/api/v1/speakers/" + ID + "/history").then().statusCode(200).body("totalItems", is(2))
                .body("items.action", contains("create", "delete"))
                .body("items.actor", contains("alice@example.org", "bob@example.org"));
        api().get("/api/v1/speakers/test-never-written/history").then().statusCode(404);
    }

    @Test
    void shouldExportCuratedSpeakersButNotDeletedOnes() throws Exception {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.post(CURATOR, draft("test-gone")).then().statusCode(201);
        WRITES.delete(EDITOR, "test-gone", "\"1\"").then().statusCode(204);
        byte[] zip = as(api(), EDITOR).get("/api/v1/export").then().statusCode(200).extract().asByteArray();
        List<String> ids = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("data/speakers.json")) {
                    new ObjectMapper().readTree(in.readAllBytes()).forEach(s -> ids.add(s.path("id").asText()));
                }
            }
        }
        assertThat(ids).contains(ID, "xi-jinping").doesNotContain("test-gone");
    }

    @Test
    void shouldListOnlyTheSourcesWrittenSinceAMoment() {
        int all = api().get("/api/v1/sources").then().statusCode(200).extract().path("totalItems");
        String written = as(api().contentType(ContentType.JSON).body(Map.of("id", "example-since", "kind", "news",
                "title", "A recent source", "publishedOn", "2025-05", "language", "en", "text",
                "Menu\nA recent source\nIt says little.", "bodyStartsWith", "A recent source")), CURATOR)
                .post("/api/v1/sources").then().statusCode(201).extract().path("updatedAt");
        api().queryParam("updatedSince", written).get("/api/v1/sources").then().statusCode(200)
                .body("items.id", contains("example-since"));
        api().queryParam("updatedSince", "2000-01-01").get("/api/v1/sources").then().statusCode(200)
                .body("totalItems", is(all + 1));
        api().queryParam("updatedSince", "2999-01-01T00:00:00+02:00").get("/api/v1/sources").then().statusCode(200)
                .body("totalItems", is(0));
        invalid().queryParam("updatedSince", "yesterday").get("/api/v1/sources").then().statusCode(400)
                .body("errors.name", contains("updatedSince"));
    }

    /** The README's speaker example, as a new user would send it. */
    @Test
    void shouldAcceptTheReadmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher body = Pattern.compile("-X POST localhost:8080/api/v1/speakers .*?-d '(\\{.*?\\})'", Pattern.DOTALL)
                .matcher(readme);
        assertThat(body.find()).isTrue();
        JsonNode sent = new ObjectMapper().readTree(body.group(1));
        String id = as(api().contentType(ContentType.JSON).body(body.group(1)), CURATOR).post("/api/v1/speakers")
                .then().statusCode(201).extract().path("id");
        assertThat(id).startsWith("example-").isEqualTo(sent.path("id").asText());
        Matcher patch = Pattern.compile("-X PATCH localhost:8080(/api/v1/speakers/[\\w-]+) .*?-d '(\\{.*?\\})'",
                Pattern.DOTALL).matcher(readme);
        assertThat(patch.find()).isTrue();
        assertThat(patch.group(1)).isEqualTo("/api/v1/speakers/" + id);
        as(api().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(patch.group(2)),
                CURATOR).patch(patch.group(1)).then().statusCode(200).header("ETag", is("\"2\""));
    }
}
