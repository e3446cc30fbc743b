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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.common.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Curators add, correct and delete metrics: under the loader's rules, with versions, If-Match and a change log. */
@QuarkusTest
class MetricWriteTest {

    private static final Writes WRITES = new Writes("metrics");

    private static final String ID = "test-aiib-financing";
    private static final String PROJECT = "asian-infrastructure-investment-bank";
    private static final String SOURCE = "qiushi-2023-zheng-shanjie";
    private static final String QUOTE = "By the end of June this year, the AIIB’s cumulative financing had reached "
            + "US$43.6 billion, with projects in areas such as transportation, energy, and public health.";

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenMetrics() {
        WrittenRecords.remove(em, version);
    }

    private static Map<String, Object> draft(String id) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("id", id);
        draft.put("name", "AIIB cumulative financing (curated)");
        draft.put("indicator", "cumulative-financing");
        draft.put("value", 43600000000L);
        draft.put("unit", "USD");
        draft.put("approximation", "exact");
        draft.put("valueText", "US$43.6 billion");
        draft.put("asOf", "2023-06");
        draft.put("kind", "observed");
        draft.put("project", PROJECT);
        draft.put("countries", List.of("CN"));
        draft.put("themes", List.of("finance"));
        draft.put("evidence", List.of(Map.of("sourceId", SOURCE, "exact", QUOTE)));
        return draft;
    }

    @Test
    void shouldAnchorTheQuoteAndServeTheMetricWithItsVersionAndAStrongETag() throws Exception {
        String text = Files.readString(Path.of("seeds", SOURCE + ".txt"), StandardCharsets.UTF_8);
        int at = text.indexOf(QUOTE);
        int start = text.codePointCount(0, at);
        int end = start + QUOTE.codePointCount(0, QUOTE.length());

        WRITES.post(CURATOR, draft(ID)).then().statusCode(201).header("Location", endsWith("/api/v1/metrics/" + ID))
                .header("ETag", is("\"1\"")).body("version", is(1)).body("evidence[0].start", is(start));
        String etag = api().get("/api/v1/metrics/" + ID).then().statusCode(200).header("ETag", is("\"1\""))
                .body("id", is(ID)).body("project.id", is(PROJECT)).body("countries[0].alpha3", is("CHN"))
                .body("evidence[0].exact", is(QUOTE)).body("evidence[0].start", is(start))
                .body("evidence[0].end", is(end))
                .body("evidence[0].prefix", is(text.substring(at - "Investment Bank (AIIB). ".length(), at)))
                .body("evidence[0].suffix", is(" The Silk Road Fund has also")).body("version", is(1))
                .body("updatedAt", notNullValue()).extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/metrics/" + ID).then().statusCode(304);
        api().queryParam("project", PROJECT).queryParam("size", 100).get("/api/v1/metrics").then().statusCode(200)
                .body("items.id", hasItem(ID));
    }

    @Test
    void shouldRefuseAQuoteThatIsNotInItsSourceNamingItsPointer() {
        Map<String, Object> bad = with(draft(ID), "evidence",
                List.of(Map.of("sourceId", SOURCE, "exact", "The AIIB financed US$43.6 billion on the Moon.")));
        WRITES.post(CURATOR, with(bad, "valueText", "US$43.6 billion")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.name", contains("/evidence/0/exact"))
                .body("errors[0].in", is("body")).body("errors[0].detail", containsString("not found verbatim"));
        api().get("/api/v1/metrics/" + ID).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnUnknownUnitAndAValueTextThatIsNotQuoted() {
        WRITES.post(CURATOR, with(with(draft(ID), "unit", "furlongs"), "valueText", "US$44 billion")).then()
                .statusCode(422).body("errors.name", contains("/unit", "/valueText"))
                .body("errors.detail", hasItem(containsString("does not resolve")));
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .body(with(draft(ID), "colour", "red")).post("/api/v1/metrics").then().statusCode(422)
                .body("errors.name", contains("/colour"));
        api().get("/api/v1/metrics/" + ID).then().statusCode(404);
    }

    @Test
    void shouldRefuseWritesWithoutATokenOrWithoutTheRole() {
        invalid().contentType(ContentType.JSON).body(draft(ID)).post("/api/v1/metrics").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        WRITES.post(READER, draft(ID)).then().statusCode(403);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.delete(CURATOR, ID, "\"1\"").then().statusCode(403).contentType("application/problem+json");
        api().get("/api/v1/metrics/" + ID).then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheMetricsWrittenSinceAMoment() {
        int all = api().get("/api/v1/metrics").then().statusCode(200).extract().path("totalItems");
        String written = WRITES.post(CURATOR, draft(ID)).then().statusCode(201).extract().path("updatedAt");
        api().queryParam("updatedSince", written).get("/api/v1/metrics").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ID));
        api().queryParam("updatedSince", "2000-01-01").get("/api/v1/metrics").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.is(all + 1));
        api().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/metrics").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.is(0));
        invalid().queryParam("updatedSince", "2026-02-30").get("/api/v1/metrics").then().statusCode(400)
                .body("errors.name", org.hamcrest.Matchers.contains("updatedSince"));
    }

    @Test
    void shouldRefuseAnIdInUseWithAConflict() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409).contentType("application/problem+json");
        WRITES.post(CURATOR, draft("aiib-cumulative-financing-2023-06")).then().statusCode(409);
    }

    @Test
    void shouldReplaceOnlyTheVersionIfMatchNames() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        Map<String, Object> corrected = with(draft(ID), "name", "AIIB cumulative financing, corrected");
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR).body(corrected)
                .put("/api/v1/metrics/" + ID).then().statusCode(428).contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.is("Precondition Required"));
        WRITES.put(CURATOR, ID, "\"7\"", corrected).then().statusCode(412).contentType("application/problem+json");
        WRITES.put(CURATOR, ID, "W/\"1\"", corrected).then().statusCode(412);
        WRITES.put(EDITOR, ID, "\"1\"", corrected).then().statusCode(200).header("ETag", is("\"2\""))
                .body("version", is(2)).body("name", is("AIIB cumulative financing, corrected"));
        api().get("/api/v1/metrics/" + ID).then().statusCode(200).header("ETag", is("\"2\""))
                .body("name", is("AIIB cumulative financing, corrected"));
        // The first curator's copy is stale now: her write is refused, not silently applied.
        WRITES.put(CURATOR, ID, "\"1\"", draft(ID)).then().statusCode(412);
        api().get("/api/v1/metrics/" + ID).then().body("version", is(2));
    }

    @Test
    void shouldCreateAtAChosenIdOnlyWhenItIsFree() {
        Map<String, Object> body = draft(ID);
        body.remove("id");
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/metrics/" + ID).then().statusCode(201)
                .header("Location", endsWith("/api/v1/metrics/" + ID)).body("id", is(ID)).body("version", is(1));
        as(api().contentType(ContentType.JSON).body(body), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/metrics/" + ID).then().statusCode(412);
        WRITES.put(CURATOR, ID, "\"1\"", draft("test-another-id")).then().statusCode(422)
                .body("errors.name", contains("/id"));
    }

    @Test
    void shouldKeepADeletedMetricAsATombstoneThatNoReadServes() {
        long before = latestChange();
        int cn = api().get("/api/v1/countries/CN").then().statusCode(200).extract().path("counts.metrics");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        api().get("/api/v1/countries/CN").then().body("counts.metrics", is(cn + 1));
        WRITES.put(CURATOR, ID, "\"1\"", with(draft(ID), "value", 43600000001L)).then().statusCode(200);
        invalid().header("Authorization", "Bearer " + EDITOR).delete("/api/v1/metrics/" + ID).then()
                .statusCode(428);
        WRITES.delete(EDITOR, ID, "\"1\"").then().statusCode(412);
        WRITES.delete(EDITOR, ID, "\"2\"").then().statusCode(204);

        api().get("/api/v1/metrics/" + ID).then().statusCode(404);
        api().queryParam("project", PROJECT).queryParam("size", 100).get("/api/v1/metrics").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
        api().queryParam("size", 100).get("/api/v1/projects/" + PROJECT + "/metrics").then().statusCode(200)
                .body("items.id", not(hasItem(ID)));
        api().get("/api/v1/countries/CN").then().body("counts.metrics", is(cn));
        WRITES.delete(EDITOR, ID, "\"3\"").then().statusCode(404);
        WRITES.post(CURATOR, draft(ID)).then().statusCode(409);
        as(api().contentType(ContentType.JSON).body(draft(ID)), CURATOR).header("If-None-Match", "*")
                .put("/api/v1/metrics/" + ID).then().statusCode(409);

        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.id", everyItem(is(ID))).body("items.type", everyItem(is("metric")))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.actor", contains("alice@example.org", "alice@example.org", "bob@example.org"))
                .body("items.version", contains(1, 2, 3)).body("items[1].record.value", is(43600000001L))
                .body("items[2].record", nullValue());
        api().get("/api/v1/metrics/" + ID + "/history").then().statusCode(200).body("totalItems", is(3))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.actor", contains("alice@example.org", "alice@example.org", "bob@example.org"));
        api().get("/api/v1/metrics/test-never-written/history").then().statusCode(404);
    }

    @Test
    void shouldPatchOnlyTheFieldsNamedAndStoreTheResultAsAReplacement() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        long before = latestChange();
        // A list that holds the metric before and after: its tag names its bytes, which the patch changes.
        String list = "/api/v1/metrics?indicator=cumulative-financing&size=100";
        String listTag = api().get(list).then().statusCode(200).extract().header("ETag");
        int start = api().get("/api/v1/metrics/" + ID).then().extract().path("evidence[0].start");

        WRITES.patch(EDITOR, ID, "\"1\"", "{\"name\": \"AIIB cumulative financing, patched\", \"project\": null}")
                .then()
                .statusCode(200).header("ETag", is("\"2\"")).body("version", is(2))
                .body("name", is("AIIB cumulative financing, patched")).body("project", nullValue());
        api().get("/api/v1/metrics/" + ID).then().statusCode(200).header("ETag", is("\"2\""))
                .body("name", is("AIIB cumulative financing, patched")).body("project", nullValue())
                .body("indicator", is("cumulative-financing")).body("unit", is("USD")).body("asOf", is("2023-06"))
                .body("countries.code", contains("CN")).body("themes", contains("finance"))
                .body("evidence[0].exact", is(QUOTE)).body("evidence[0].start", is(start));
        assertThat(api().get(list).then().statusCode(200).extract().header("ETag")).isNotEqualTo(listTag);
        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.action", contains("update")).body("items.actor", contains("bob@example.org"))
                .body("items.version", contains(2))
                .body("items[0].record.name", is("AIIB cumulative financing, patched"));
        WRITES.patch(CURATOR, ID, "\"2\"", "{\"value\": 43600000001}").then().statusCode(200).body("version", is(3))
                .body("value", is(43600000001L)).body("name", is("AIIB cumulative financing, patched"));
    }

    @Test
    void shouldPatchOnlyTheVersionIfMatchNames() {
        String rename = "{\"name\": \"AIIB cumulative financing, patched\"}";
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .body(rename).patch("/api/v1/metrics/" + ID).then().statusCode(428);
        WRITES.patch(CURATOR, ID, "\"1\"", rename).then().statusCode(404).contentType("application/problem+json");
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .body(rename).patch("/api/v1/metrics/" + ID).then().statusCode(428)
                .contentType("application/problem+json");
        WRITES.patch(CURATOR, ID, "\"7\"", rename).then().statusCode(412).contentType("application/problem+json");
        WRITES.patch(CURATOR, ID, "\"1\"", rename).then().statusCode(200);
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"name\": \"A stale correction\"}").then().statusCode(412);
        api().get("/api/v1/metrics/" + ID).then().body("version", is(2))
                .body("name", is("AIIB cumulative financing, patched"));
        WRITES.delete(EDITOR, ID, "\"2\"").then().statusCode(204);
        WRITES.patch(CURATOR, ID, "\"3\"", rename).then().statusCode(404);
    }

    @Test
    void shouldRefuseAPatchWhoseResultBreaksTheRulesAndStoreNothing() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"id\": \"test-another-id\"}").then().statusCode(422)
                .contentType("application/problem+json").body("errors.name", contains("/id"));
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"valueText\": \"US$44 billion\", \"unit\": \"furlongs\"}").then()
                .statusCode(422).body("errors.name", contains("/unit", "/valueText"));
        WRITES.patch(CURATOR, ID, "\"1\"", "{\"evidence\": [{\"sourceId\": \"" + SOURCE
                + "\", \"exact\": \"The AIIB financed US$43.6 billion on the Moon.\"}]}").then().statusCode(422)
                .body("errors.name", contains("/evidence/0/exact"));
        // Null removes a field, and these are required.
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("{\"name\": null, \"countries\": null}")
                .patch("/api/v1/metrics/" + ID).then().statusCode(422).body("errors.name", hasItem("/name"))
                .body("errors.name", hasItem("/countries"));
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("{\"colour\": \"red\"}").patch("/api/v1/metrics/" + ID).then()
                .statusCode(422).body("errors.name", contains("/colour"));
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("[]").patch("/api/v1/metrics/" + ID).then().statusCode(422);
        api().get("/api/v1/metrics/" + ID).then().statusCode(200).body("version", is(1))
                .body("name", is("AIIB cumulative financing (curated)"));
    }

    @Test
    void shouldTakeOnlyAMergePatchFromACuratorOrAnEditor() {
        WRITES.post(CURATOR, draft(ID)).then().statusCode(201);
        String rename = "{\"name\": \"AIIB cumulative financing, patched\"}";
        invalid().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(rename)
                .patch("/api/v1/metrics/" + ID).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        WRITES.patch(READER, ID, "\"1\"", rename).then().statusCode(403);
        invalid().contentType(ContentType.JSON).header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body(rename).patch("/api/v1/metrics/" + ID).then().statusCode(415)
                .header("Accept-Patch", "application/merge-patch+json")
                .contentType("application/problem+json");
        invalid().contentType("application/merge-patch+json").header("Authorization", "Bearer " + CURATOR)
                .header("If-Match", "\"1\"").body("{\"name\": ").patch("/api/v1/metrics/" + ID).then()
                .statusCode(400).contentType("application/problem+json");
        api().get("/api/v1/metrics/" + ID).then().body("version", is(1));
    }

    /** A quote found twice keeps anchoring where it stood: the stored prefix tells the two apart again. */
    @Test
    void shouldKeepAQuoteThatOccursTwiceWhereItStood() {
        String text = "Menu\nIn May the line carried 19,000 passengers. A year on, in May the line carried 19,000 "
                + "passengers.";
        as(api().contentType(ContentType.JSON).body(Map.of("id", "example-twice", "kind", "news", "title",
                "A passage twice", "publishedOn", "2025-05", "language", "en", "text", text, "bodyStartsWith",
                "In May")), CURATOR).post("/api/v1/sources").then().statusCode(201);
        Map<String, Object> draft = new HashMap<>(Map.of("id", "test-twice", "name", "Passengers in May",
                "indicator", "passengers-carried", "value", 19000, "unit", "passengers", "approximation", "exact",
                "valueText", "19,000 passengers", "kind", "observed", "countries", List.of()));
        draft.put("themes", List.of());
        draft.put("period", Map.of("from", "2025-05", "to", "2025-05"));
        draft.put("evidence", List.of(Map.of("sourceId", "example-twice", "exact",
                "the line carried 19,000 passengers", "prefix", "A year on, in May ")));
        int start = WRITES.post(CURATOR, draft).then().statusCode(201).extract().path("evidence[0].start");
        assertThat(start).isEqualTo(text.lastIndexOf("the line carried"));

        WRITES.patch(CURATOR, "test-twice", "\"1\"", "{\"name\": \"Passengers in May, a year on\"}").then()
                .statusCode(200).body("evidence[0].start", is(start)).body("name", is("Passengers in May, a year on"));
    }

    /** The README's example, as a new user would send it: a sixth document, then a metric quoting it. */
    @Test
    void shouldAcceptTheReadmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher bodies = java.util.regex.Pattern
                .compile("-X POST localhost:8080(/api/v1/\\w+) .*?-d '(\\{.*?\\})'", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(bodies.find()).isTrue();
        as(api().contentType(ContentType.JSON).body(bodies.group(2)), CURATOR).post(bodies.group(1)).then()
                .statusCode(201);
        assertThat(bodies.find()).isTrue();
        assertThat(bodies.group(1)).isEqualTo("/api/v1/metrics");
        String id = as(api().contentType(ContentType.JSON).body(bodies.group(2)), CURATOR).post(bodies.group(1))
                .then().statusCode(201).extract().path("id");
        String quote = "The new line carried more than 19,000 passengers in May.";
        String text = api().get("/api/v1/sources/example-news-2025-05/text").then().statusCode(200).extract()
                .asString();
        api().get("/api/v1/metrics/" + id).then().statusCode(200).body("evidence[0].exact", is(quote))
                .body("evidence[0].start", is(text.codePointCount(0, text.indexOf(quote))));

        java.util.regex.Matcher patch = java.util.regex.Pattern
                .compile("-X PATCH localhost:8080(/api/v1/metrics/[\\w-]+) .*?-d '(\\{.*?\\})'",
                        java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertThat(patch.find()).isTrue();
        assertThat(patch.group(1)).isEqualTo("/api/v1/metrics/" + id);
        as(api().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(patch.group(2)),
                CURATOR).patch(patch.group(1)).then().statusCode(200).header("ETag", is("\"2\""))
                .body("project", nullValue()).body("evidence[0].exact", is(quote));
    }
}
