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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.common.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Curators add, correct and delete statements: under the loader's rules, with versions, If-Match and a change log. */
@QuarkusTest
class StatementWriteTest {

    private static final Writes WRITES = new Writes("statements");

    private static final String ID = "test-laos-railway-land-linked";
    private static final String PROJECT = "china-laos-railway";
    private static final String SOURCE = "qiushi-2023-zheng-shanjie";
    private static final String QUOTE = "The railway is helping the Lao people realize their dream of turning their "
            + "landlocked country into a land-linked one and has created convenience for both them and the people of "
            + "China.";
    private static final String TEXT = "The railway is helping the Lao people realize their dream";

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenStatements() {
        WrittenRecords.remove(em, version);
    }

    private static Map<String, Object> draft(String id) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("text", TEXT);
        draft.put("type", "assessment");
        draft.put("speaker", "zheng-shanjie");
        draft.put("date", "2023-10");
        draft.put("note", null);
        draft.put("projects", List.of(PROJECT));
        draft.put("countries", List.of("LA"));
        draft.put("themes", List.of("connectivity"));
        draft.put("evidence", List.of(Map.of("sourceId", SOURCE, "exact", QUOTE)));
        return draft;
    }

    @Test
    void shouldAnchorTheQuoteAndServeTheStatementWithItsVersionAndAStrongETag() throws Exception {
        String text = Files.readString(Path.of("seeds", SOURCE + ".txt"), StandardCharsets.UTF_8);
        int at = text.indexOf(QUOTE);
        assertThat(text.indexOf(QUOTE, at + 1)).isEqualTo(-1);
        int start = text.codePointCount(0, at);
        int end = start + QUOTE.codePointCount(0, QUOTE.length());

        WRITES.post(CURATOR, draft(ID)).then().statusCode(201).header("Location", endsWith("/api/v1/statements/" + ID))
                .header("ETag", is("\"1\"")).body("version", is(1)).body("evidence[0].start", is(start));
        String etag = api().get("/api/v1/statements/" + ID).then().statusCode(200).header("ETag", is("\"1\""))
                .body("id", is(ID)).body("text", is(TEXT)).body("speaker.name", is("Zheng Shanjie"))
                .body("projects[0].id", is(PROJECT)).body("countries[0].alpha3", is("LAO"))
                .body("evidence[0].exact", is(QUOTE)).body("evidence[0].start", is(start))
                .body("evidence[0].end", is(end))
                .body("evidence[0].prefix", is("end of September this year. "))
                .body("evidence[0].suffix", is(" In Greece, the Port of Piraeus")).body("version", is(1))
                .body("updatedAt", notNullValue()).extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/statements/" + ID).then().statusCode(304);
        api().queryParam("project", PROJECT).queryParam("size", 100).get("/api/v1/statements").then()
                .statusCode(200).body("items.id", hasItem(ID));
        api().queryParam("speaker", "zheng-shanjie").queryParam("q", "land-linked").queryParam("size", 100)
                .get("/api/v1/statements").then().statusCode(200).body("items.id", hasItem(ID));
    }

    @Test
    void shouldTakeTheFirstQuoteAsTheTextWhenNoneIsGiven() {
        Map<String, Object> body = draft(ID);
        body.remove("text");
        WRITES.post(CURATOR, body).then().statusCode(201).body("text", is(QUOTE));
    }

    @Test
    void shouldRefuseAQuoteThatIsNotInItsSourceNamingItsPointer() {
        Map<String, Object> bad = with(draft(ID), "evidence", List.of(Map.of("sourceId", SOURCE, "exact",
                "The railway is helping the Lao people realize their dream of a railway to the Moon.")));
        WRITES.post(CURATOR, bad).then().statusCode(422).contentType("application/problem+json")
                .body("errors.name", contains("/evidence/0/exact")).body("errors[0].in", is("body"))
                .body("errors[0].detail", containsString("not found verbatim"));
        api().get("/api/v1/statements/" + ID).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnUnknownSpeakerATextNotVerbatimAndAnInvalidDate() {
        WRITES.post(CURATOR,
                with(with(draft(ID), "speaker", "nobody-at-all"), "text", "The railway is helping everyone"))
                .then().statusCode(422).body("errors.name", containsInAnyOrder("/speaker", "/text"))
                .body("errors.detail", hasItem(containsString("does not resolve")))
                .body("errors.detail", hasItem(containsString("not verbatim")));
        // An unknown type breaks the contract itself, so the contract-checking client would refuse to send it.
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(with(draft(ID), "date", "2023-02-30"), "type", "rumour")).post("/api/v1/statements")
                .then().statusCode(422)
                .body("errors.name", containsInAnyOrder("/date", "/type"));
        WRITES.post(CURATOR, with(draft(ID), "projects", List.of(PROJECT, "no-such-project"))).then().statusCode(422)
                .body("errors.name", contains("/projects"));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(draft(ID), "colour", "red")).post("/api/v1/statements").then().statusCode(422)
                .body("errors.name", contains("/colour"));
        api().get("/api/v1/statements/" + ID).then().statusCode(404);
    }

    @Test
    void shouldRefuseWritesWithoutATokenOrWithoutTheRole() {
        invalid().contentType(ContentType.JSON).body(draft(ID)).post("/api/v1/statements").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        WRITES.post(READER, draft(ID)).then().statusCode(403);
        api().get("/api/v1/statements/" + ID).then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.delete(CURATOR, ID, "\"1\"").then().statusCode(403).contentType("application/problem+json");
        api().get("/api/v1/statements/" + ID).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnIdInUseWithAConflict() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409).contentType("application/problem+json");
        WRITES.post(CURATOR, draft("zheng-china-laos-railway-land-linked")).then().statusCode(409);
    }

    @Test
    void shouldReplaceOnlyTheVersionIfMatchNames() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        Map<String, Object> corrected = with(draft(ID), "note", "Dated by the issue of Qiushi.");
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR).body(corrected)
                .put("/api/v1/statements/" + ID).then().statusCode(428).contentType("application/problem+json");
        WRITES.put(CURATOR, ID, "\"7\"", corrected).then().statusCode(412).contentType("application/problem+json");
        WRITES.put(CURATOR, ID, "W/\"1\"", corrected).then().statusCode(412);
        WRITES.put(EDITOR, ID, "\"1\"", corrected).then().statusCode(200).header("ETag", is("\"2\""))
                .body("version", is(2)).body("note", is("Dated by the issue of Qiushi."));
        api().get("/api/v1/statements/" + ID).then().statusCode(200).header("ETag", is("\"2\""))
                .body("note", is("Dated by the issue of Qiushi."));
        // The first curator's copy is stale now: her write is refused, not silently applied.
        WRITES.put(CURATOR, ID, "\"1\"", draft(ID)).then().statusCode(412);
        api().get("/api/v1/statements/" + ID).then().body("version", is(2));
        WRITES.put(CURATOR, "test-never-written", "\"1\"", draft("test-never-written")).then().statusCode(404);
    }

    @Test
    void shouldCreateAtAChosenIdOnlyWhenItIsFree() {
        Map<String, Object> body = draft(ID);
        body.remove("id");
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/statements/" + ID).then().statusCode(201)
                .header("Location", endsWith("/api/v1/statements/" + ID)).body("id", is(ID)).body("version", is(1));
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/statements/" + ID).then().statusCode(412);
        WRITES.put(CURATOR, ID, "\"1\"", draft("test-another-id")).then().statusCode(422)
                .body("errors.name", contains("/id"));
    }

    @Test
    void shouldKeepADeletedStatementAsATombstoneThatNoReadServes() {
        long before = latestChange();
        int la = api().get("/api/v1/countries/LA").then().statusCode(200).extract().path("counts.statements");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        api().get("/api/v1/countries/LA").then().body("counts.statements", is(la + 1));
        WRITES.put(CURATOR, ID, "\"1\"", with(draft(ID), "type", "paraphrase")).then().statusCode(200);
        invalid().header("Authorization", "Bearer " + EDITOR).delete("/api/v1/statements/" + ID).then()
                .statusCode(428);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(412);
        WRITES.delete(EDITOR, ID, "\"2\"").then().statusCode(204);

        api().get("/api/v1/statements/" + ID).then().statusCode(404);
        api().queryParam("project", PROJECT).queryParam("size", 100).get("/api/v1/statements").then()
                .statusCode(200).body("items.id", not(hasItem(ID)));
        api().queryParam("speaker", "zheng-shanjie").queryParam("size", 100).get("/api/v1/statements").then()
                .statusCode(200).body("items.id", not(hasItem(ID)));
        api().queryParam("size", 100).get("/api/v1/projects/" + PROJECT + "/statements").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
        api().get("/api/v1/countries/LA").then().body("counts.statements", is(la));
        WRITES.delete(EDITOR, ID, "\"3\"").then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409);
        as(api().contentType(ContentType.JSON).body(draft(ID)), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/statements/" + ID).then().statusCode(409);

        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.id", everyItem(is(ID))).body("items.type", everyItem(is("statement")))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.actor", contains("alice@example.org", "alice@example.org", "bob@example.org"))
                .body("items.version", contains(1, 2, 3)).body("items[1].record.type", is("paraphrase"))
                .body("items[2].record", nullValue());
        api().get("/api/v1/statements/" + ID + "/history").then().statusCode(200).body("totalItems", is(3))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.actor", contains("alice@example.org", "alice@example.org", "bob@example.org"));
        api().get("/api/v1/statements/test-never-written/history").then().statusCode(404);
    }

    @Test
    void shouldPatchOnlyTheFieldsNamedAndRemoveThoseSetToNull() {
        WRITES.post(CURATOR, with(draft(ID), "note", "Dated by the issue of Qiushi.")).then().statusCode(201);
        long before = latestChange();
        int start = api().get("/api/v1/statements/" + ID).then().extract().path("evidence[0].start");

        WRITES.patch(EDITOR, ID, "\"1\"", "{\"type\": \"paraphrase\", \"note\": null}").then().statusCode(200)
                .header("ETag", is("\"2\"")).body("version", is(2)).body("type", is("paraphrase"))
                .body("note", nullValue());
        api().get("/api/v1/statements/" + ID).then().statusCode(200).header("ETag", is("\"2\""))
                .body("type", is("paraphrase")).body("note", nullValue()).body("text", is(TEXT))
                .body("date", is("2023-10")).body("speaker.id", is("zheng-shanjie"))
                .body("projects.id", contains(PROJECT)).body("countries.code", contains("LA"))
                .body("themes", contains("connectivity")).body("evidence[0].exact", is(QUOTE))
                .body("evidence[0].start", is(start));
        // Without its text, a statement says its first quote.
        WRITES.patch(CURATOR, ID, "\"2\"", "{\"text\": null, \"date\": null}").then().statusCode(200)
                .body("version", is(3)).body("text", is(QUOTE)).body("date", nullValue());

        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.action", contains("update", "update"))
                .body("items.actor", contains("bob@example.org", "alice@example.org"))
                .body("items.version", contains(2, 3)).body("items[0].record.type", is("paraphrase"))
                .body("items[1].record.text", is(QUOTE));
        api().get("/api/v1/statements/" + ID + "/history").then().statusCode(200)
                .body("items.action", contains("create", "update", "update"))
                .body("items.actor", contains("alice@example.org", "bob@example.org", "alice@example.org"));
    }

    @Test
    void shouldPatchOnlyTheVersionIfMatchNames() {
        String retype = "{\"type\": \"paraphrase\"}";
        WRITES.patch(CURATOR, ID, "\"1\"", retype).then().statusCode(404).contentType("application/problem+json");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .body(retype).patch("/api/v1/statements/" + ID).then().statusCode(428)
                .contentType("application/problem+json");
        WRITES.patch(CURATOR, ID, "\"7\"", retype).then().statusCode(412).contentType("application/problem+json");
        WRITES.patch(CURATOR, ID, "\"1\"", retype).then().statusCode(200);
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"type\": \"quote\"}").then().statusCode(412);
        api().get("/api/v1/statements/" + ID).then().body("version", is(2)).body("type", is("paraphrase"));
        WRITES.delete(EDITOR, ID, "\"2\"").then().statusCode(204);
        WRITES.patch(CURATOR, ID, "\"3\"", retype).then().statusCode(404);
    }

    @Test
    void shouldRefuseAPatchWhoseResultBreaksTheRulesAndStoreNothing() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"id\": \"test-another-id\"}").then().statusCode(422)
                .contentType("application/problem+json").body("errors.name", contains("/id"))
                .body("errors[0].detail", containsString("never changes"));
        WRITES.patch(CURATOR, ID, "\"1\"",
                "{\"speaker\": \"nobody-at-all\", \"text\": \"The railway is helping everyone\"}")
                .then().statusCode(422).body("errors.name", containsInAnyOrder("/speaker", "/text"));
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"evidence\": [{\"sourceId\": \"" + SOURCE
                + "\", \"exact\": \"The railway is helping the Lao people realize their dream of a railway to the "
                + "Moon.\"}]}").then().statusCode(422).body("errors.name", hasItem("/evidence/0/exact"));
        // Null removes a field, and these are required.
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("{\"type\": null, \"themes\": null}")
                .patch("/api/v1/statements/" + ID).then().statusCode(422).body("errors.name", hasItem("/type"))
                .body("errors.name", hasItem("/themes"));
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("{\"colour\": \"red\"}").patch("/api/v1/statements/" + ID).then()
                .statusCode(422).body("errors.name", contains("/colour"));
        api().get("/api/v1/statements/" + ID).then().statusCode(200).body("version", is(1))
                .body("type", is("assessment")).body("text", is(TEXT));
    }

    @Test
    void shouldTakeOnlyAMergePatchFromACuratorOrAnEditor() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        String retype = "{\"type\": \"paraphrase\"}";
        invalid().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(retype)
                .patch("/api/v1/statements/" + ID).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        WRITES.patch(READER, ID, "\"1\"", retype).then().statusCode(403);
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body(retype).patch("/api/v1/statements/" + ID).then().statusCode(415)
                .header("Accept-Patch", "application/merge-patch+json").contentType("application/problem+json");
        api().get("/api/v1/statements/" + ID).then().body("version", is(1)).body("type", is("assessment"));
    }

    @Test
    void shouldListOnlyTheStatementsWrittenSinceAMoment() {
        int all = api().get("/api/v1/statements").then().statusCode(200).extract().path("totalItems");
        String written = WRITES.post(CURATOR, draft(ID)).then().statusCode(201).extract().path("updatedAt");
        api().queryParam("updatedSince", written).get("/api/v1/statements").then().statusCode(200)
                .body("items.id", contains(ID));
        api().queryParam("updatedSince", written).get("/api/v1/projects/" + PROJECT + "/statements").then()
                .statusCode(200).body("items.id", contains(ID));
        api().queryParam("updatedSince", "2000-01-01").get("/api/v1/statements").then().statusCode(200)
                .body("totalItems", is(all + 1));
        api().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/statements").then().statusCode(200)
                .body("totalItems", is(0));
        invalid().queryParam("updatedSince", "2026-02-30").get("/api/v1/statements").then().statusCode(400)
                .body("errors.name", contains("updatedSince"));
    }

    /** The README's statement example, as a new user would send it. */
    @Test
    void shouldAcceptTheReadmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher body = Pattern.compile("-X POST localhost:8080/api/v1/statements .*?-d '(\\{.*?\\})'", Pattern.DOTALL)
                .matcher(readme);
        assertThat(body.find()).isTrue();
        String id = as(api().contentType(ContentType.JSON).body(body.group(1)), CURATOR).post("/api/v1/statements")
                .then().statusCode(201).extract().path("id");
        assertThat(id).startsWith("example-");
        api().get("/api/v1/statements/" + id).then().statusCode(200).body("version", is(1));
        Matcher patch = Pattern.compile("-X PATCH localhost:8080(/api/v1/statements/[\\w-]+) .*?-d '(\\{.*?\\})'",
                Pattern.DOTALL).matcher(readme);
        assertThat(patch.find()).isTrue();
        assertThat(patch.group(1)).isEqualTo("/api/v1/statements/" + id);
        as(api().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(patch.group(2)),
                CURATOR).patch(patch.group(1)).then().statusCode(200).header("ETag", is("\"2\""))
                .body("type", is("paraphrase")).body("note", nullValue());
    }
}
