package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bri.data.Lists;
import org.bri.data.metric.MetricResponse;
import org.bri.data.project.ProjectResponse;
import org.bri.data.statement.StatementResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * {@code fields} and {@code evidence} on the project, metric and statement reads: exactly the fields asked for and
 * the id, as the sparse media type; the first or no evidence, and its citations with it; each bad value named.
 */
@QuarkusTest
class FieldSelectionTest {

    private static final String SPARSE = "application/vnd.bri.sparse+json";
    private static final String LAOS = "/api/v1/projects/china-laos-railway";

    /** A list, the fields asked of it, and the record type whose fields those are. */
    static Stream<Arguments> lists() {
        return Stream.of(Arguments.of("/api/v1/projects", "status,name", ProjectResponse.class),
                Arguments.of("/api/v1/metrics", "unit,value,asOf", MetricResponse.class),
                Arguments.of("/api/v1/statements", "date,text", StatementResponse.class),
                Arguments.of(LAOS + "/metrics", "value,citation", MetricResponse.class),
                Arguments.of(LAOS + "/statements", "evidence", StatementResponse.class));
    }

    /** The fields a sparse record must have: the id and those asked for, in the record's own order. */
    private static List<String> expectedKeys(String fields, Class<? extends Record> type) {
        List<String> asked = List.of(fields.split(","));
        return Shape.fieldsOf(type).stream().filter(f -> f.equals("id") || asked.contains(f)).toList();
    }

    private static JsonPath page(Response response) {
        return response.then().statusCode(200).extract().jsonPath(Lists.EXACT_NUMBERS);
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldListExactlyTheFieldsAskedForAndTheId(String path, String fields, Class<? extends Record> type) {
        JsonPath full = page(api().queryParam("size", 100).get(path));
        Response sparse = api().queryParam("size", 100).queryParam("fields", fields).get(path);
        sparse.then().statusCode(200).contentType(startsWith(SPARSE));
        JsonPath trimmed = page(sparse);
        List<Map<String, Object>> items = trimmed.getList("items");
        List<Map<String, Object>> records = full.getList("items");
        assertThat(items).isNotEmpty().hasSameSizeAs(records);
        assertThat(trimmed.getLong("totalItems")).isEqualTo(full.getLong("totalItems"));
        for (int i = 0; i < items.size(); i++) {
            assertThat(new ArrayList<>(items.get(i).keySet())).isEqualTo(expectedKeys(fields, type));
            Map<String, Object> expected = new LinkedHashMap<>(records.get(i));
            expected.keySet().retainAll(items.get(i).keySet());
            assertThat(items.get(i)).isEqualTo(expected);
        }
    }

    static Stream<Arguments> records() {
        return lists().filter(a -> !((String) a.get()[0]).startsWith(LAOS));
    }

    @ParameterizedTest
    @MethodSource("records")
    void shouldReadOneRecordWithExactlyTheFieldsAskedForAndTheId(String path, String fields,
            Class<? extends Record> type) {
        Map<String, Object> first = page(api().queryParam("size", 1).get(path)).getMap("items[0]");
        String record = path + "/" + first.get("id");
        Response sparse = api().queryParam("fields", fields).get(record);
        sparse.then().statusCode(200).contentType(startsWith(SPARSE));
        Map<String, Object> trimmed = sparse.then().extract().jsonPath(Lists.EXACT_NUMBERS).getMap("");
        assertThat(new ArrayList<>(trimmed.keySet())).isEqualTo(expectedKeys(fields, type));
        Map<String, Object> expected = new LinkedHashMap<>(first);
        expected.keySet().retainAll(trimmed.keySet());
        assertThat(trimmed).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements"})
    void shouldKeepOnlyTheIdWhenItIsTheOneFieldAskedFor(String path) {
        Response response = api().queryParam("fields", "id").get(path);
        response.then().statusCode(200).contentType(startsWith(SPARSE));
        List<Map<String, Object>> items = page(response).getList("items");
        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(item).containsOnlyKeys("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements", LAOS + "/metrics"})
    void shouldLeaveOutEvidenceAndCitationsWithEvidenceNone(String path) {
        JsonPath full = page(api().queryParam("size", 100).get(path));
        Response none = api().queryParam("size", 100).queryParam("evidence", "none").get(path);
        none.then().statusCode(200).contentType(startsWith(SPARSE));
        List<Map<String, Object>> items = page(none).getList("items");
        List<Map<String, Object>> records = full.getList("items");
        assertThat(items).hasSameSizeAs(records);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> expected = new LinkedHashMap<>(records.get(i));
            expected.remove("evidence");
            expected.remove("citation");
            assertThat(items.get(i)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements", LAOS + "/statements"})
    void shouldKeepTheFirstEvidenceItemAndItsCitationAsAFullRecordWithEvidenceFirst(String path) {
        JsonPath full = page(api().queryParam("size", 100).get(path));
        // Still the full record, so still application/json, which the contract validates against its strict schema.
        Response first = api().queryParam("size", 100).queryParam("evidence", "first").get(path);
        first.then().statusCode(200).contentType(startsWith("application/json"));
        List<Map<String, Object>> items = page(first).getList("items");
        List<Map<String, Object>> records = full.getList("items");
        assertThat(records).anyMatch(r -> ((List<?>) r.get("evidence")).size() > 1);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> expected = new LinkedHashMap<>(records.get(i));
            expected.put("evidence", ((List<?>) expected.get("evidence")).subList(0, 1));
            expected.put("citation", ((List<?>) expected.get("citation")).subList(0, 1));
            assertThat(items.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void shouldShapeOneRecordsEvidenceToo() {
        String path = "/api/v1/statements/" + page(api().queryParam("size", 1).get("/api/v1/statements"))
                .getString("items[0].id");
        Response none = api().queryParam("evidence", "none").get(path);
        none.then().statusCode(200).contentType(startsWith(SPARSE));
        Map<String, Object> full = page(api().get(path)).getMap("");
        full.remove("evidence");
        full.remove("citation");
        assertThat(page(none).getMap("")).isEqualTo(full);
        Map<String, Object> cited = page(api().queryParam("evidence", "first").queryParam("fields", "citation")
                .get(path)).getMap("");
        assertThat(cited).containsOnlyKeys("id", "citation");
        assertThat((List<?>) cited.get("citation")).hasSize(1);
    }

    @Test
    void shouldNameEachUnknownField() {
        for (String path : List.of("/api/v1/metrics", "/api/v1/metrics/" + firstId("/api/v1/metrics"))) {
            invalid().queryParam("fields", "value,colour,weight").get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", is("The request has an invalid parameter: fields."))
                    .body("errors.name", contains("fields", "fields"))
                    .body("errors.detail", contains(startsWith("unknown field 'colour'"),
                            startsWith("unknown field 'weight'")))
                    .body("errors[0].detail", containsString("valueMax"));
        }
    }

    @Test
    void shouldRejectAnUnknownEvidenceChoiceAndAnEmptyFieldList() {
        String project = "/api/v1/projects/" + firstId("/api/v1/projects");
        for (String path : List.of("/api/v1/projects", project)) {
            invalid().queryParam("evidence", "some").get(path).then().statusCode(400)
                    .body("errors.name", contains("evidence"))
                    .body("errors[0].detail", is("'some' is not one of [none, first, all]"));
            invalid().queryParam("fields", "").get(path).then().statusCode(400).body("errors.name", contains("fields"))
                    .body("errors[0].detail", is("must not be empty"));
        }
    }

    @Test
    void shouldRefuseToLeaveOutTheEvidenceItAsksFor() {
        for (String path : List.of("/api/v1/statements", "/api/v1/statements/" + firstId("/api/v1/statements"))) {
            invalid().queryParam("fields", "text,citation").queryParam("evidence", "none").get(path).then()
                    .statusCode(400).body("errors.name", contains("evidence", "fields"));
        }
    }

    @Test
    void shouldStillRejectAnyOtherParameterOfOneRecord() {
        String path = "/api/v1/projects/" + firstId("/api/v1/projects");
        invalid().queryParam("fields", "name").queryParam("size", 5).queryParam("foo", "1").get(path).then()
                .statusCode(400).body("detail", is("The request has 2 invalid parameters."))
                .body("errors.name", contains("foo", "size"))
                .body("errors[0].detail", startsWith(ListParams.NOT_A_PARAMETER));
        invalid().queryParam("evidence", "all").queryParam("evidence", "none").get(path).then().statusCode(400)
                .body("errors.name", contains("evidence")).body("errors[0].detail", is("must be given once"));
    }

    @Test
    void shouldNotShapeTheAggregate() {
        invalid().queryParam("fields", "id").queryParam("evidence", "none").get("/api/v1/metrics/aggregate").then()
                .statusCode(400).body("errors.name", contains("evidence", "fields"))
                .body("errors.detail", everyItem(startsWith(ListParams.NOT_A_PARAMETER)));
    }

    @Test
    void shouldCacheEachShapeUnderItsOwnRequest() {
        String path = "/api/v1/projects/" + firstId("/api/v1/projects");
        // Alternating shapes of one record: a cache keyed by less than the whole target would serve one for another.
        for (int round = 0; round < 2; round++) {
            assertThat(page(api().queryParam("fields", "name").get(path)).getMap("").keySet())
                    .containsExactly("id", "name");
            assertThat(page(api().queryParam("fields", "status").get(path)).getMap("").keySet())
                    .containsExactly("id", "status");
            Response full = api().get(path);
            full.then().contentType(startsWith("application/json"));
            assertThat(page(full).getMap("")).containsKeys("name", "status", "evidence", "citation");
        }
    }

    @Test
    void shouldRevalidateASparseRecordByItsVersion() {
        String path = "/api/v1/metrics/" + firstId("/api/v1/metrics");
        Response sparse = api().queryParam("fields", "value").get(path);
        String etag = sparse.then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + api().get(path).then().extract().path("version") + "\"");
        api().queryParam("fields", "value").header("If-None-Match", etag).get(path).then().statusCode(304);
        String listTag = api().queryParam("fields", "value").get("/api/v1/metrics").then().statusCode(200).extract()
                .header("ETag");
        assertThat(listTag).isNotEqualTo(api().get("/api/v1/metrics").then().extract().header("ETag"));
    }

    private static String firstId(String list) {
        return page(api().queryParam("size", 1).get(list)).getString("items[0].id");
    }
}
