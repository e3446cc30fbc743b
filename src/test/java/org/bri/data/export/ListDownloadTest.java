package org.bri.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.download;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Downloads;
import org.bri.data.Tokens;
import org.bri.data.common.DataVersion;
import org.bri.data.curation.WrittenRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every list as a CSV table and as NDJSON: the whole filtered, sorted list beyond the page-size cap, the same records
 * as its JSON pages, chosen by {@code format} or {@code Accept}, checked against the contract's columns and schemas.
 */
@QuarkusTest
class ListDownloadTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String CURATOR = Tokens.of("carol@example.org", "curator");

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenRecords() {
        WrittenRecords.remove(em, version);
    }

    @Test
    void shouldDownloadEveryMetricAsCsvWithOneRowPerMetricHoldingItsJsonValues() {
        List<JsonNode> items = jsonItems("/api/v1/metrics");
        Response response = download().queryParam("format", "csv").get("/api/v1/metrics");
        Downloads.Table table = Downloads.csv("/api/v1/metrics", response);

        assertThat(table.rows()).hasSize(items.size());
        assertThat(response.header("X-Total-Count")).isEqualTo(String.valueOf(items.size()));
        for (int i = 0; i < items.size(); i++) {
            assertThat(table.rows().get(i)).as("row %s", i).isEqualTo(flatten(items.get(i), table.columns()));
        }
    }

    @Test
    void shouldDownloadEveryStatementBeyondThePageSizeCapAsTheSameRecordsAsItsPages() {
        List<JsonNode> items = jsonItems("/api/v1/statements");
        assertThat(items).as("a list longer than the largest page").hasSizeGreaterThan(100);

        List<JsonNode> lines = Downloads.ndjson("/api/v1/statements",
                download().queryParam("format", "ndjson").get("/api/v1/statements"));
        Downloads.Table table = Downloads.csv("/api/v1/statements",
                download().queryParam("format", "csv").get("/api/v1/statements"));

        assertThat(lines).isEqualTo(items);
        assertThat(table.rows()).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(table.rows().get(i)).as("row %s", i).isEqualTo(flatten(items.get(i), table.columns()));
        }
    }

    @Test
    void shouldApplyTheFiltersAndTheSortOfTheList() {
        String path = "/api/v1/metrics";
        List<String> expected = jsonItems(path, "unit", "USD", "sort", "-value").stream()
                .map(item -> item.path("id").asText()).toList();
        assertThat(expected).hasSizeGreaterThan(1);

        List<String> csv = Downloads.csv(path,
                download().queryParam("unit", "USD").queryParam("sort", "-value").queryParam("format", "csv").get(path))
                .rows().stream().map(row -> row.get("id")).toList();
        List<String> ndjson = Downloads.ndjson(path,
                download().queryParam("unit", "USD").queryParam("sort", "-value").queryParam("format", "ndjson")
                        .get(path))
                .stream().map(item -> item.path("id").asText()).toList();

        assertThat(csv).isEqualTo(expected);
        assertThat(ndjson).isEqualTo(expected);
    }

    @Test
    void shouldDownloadANestedListInItsOrder() {
        String path = "/api/v1/projects/china-laos-railway/statements";
        List<JsonNode> items = jsonItems(path, "sort", "-date");
        assertThat(items).isNotEmpty();

        assertThat(
                Downloads.ndjson(path, download().queryParam("sort", "-date").queryParam("format", "ndjson").get(path)))
                .isEqualTo(items);
        Response csv = download().queryParam("format", "csv").get(path);
        assertThat(Downloads.csv(path, csv).rows()).hasSize(items.size());
        assertThat(csv.header("Content-Disposition")).startsWith(
                "attachment; filename=\"bri-projects-china-laos-railway-statements-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements", "/api/v1/sources",
            "/api/v1/speakers", "/api/v1/countries", "/api/v1/themes", "/api/v1/releases", "/api/v1/indicators",
            "/api/v1/changes", "/api/v1/projects/china-laos-railway/metrics",
            "/api/v1/projects/china-laos-railway/statements", "/api/v1/projects/china-laos-railway/history",
            "/api/v1/metrics/aiib-cumulative-financing-2023-06/history",
            "/api/v1/statements/gwr-2025-china-europe-freight-trains-land-sea-corridor/history",
            "/api/v1/speakers/zheng-shanjie/history", "/api/v1/sources/qiushi-2023-zheng-shanjie/history"})
    void shouldDownloadEveryListWholeInBothFormats(String path) {
        int total = api().queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");

        Downloads.Table table = Downloads.csv(path, download().accept("text/csv").get(path));
        List<JsonNode> lines = Downloads.ndjson(path, download().accept("application/x-ndjson").get(path));

        assertThat(table.rows()).hasSize(total);
        assertThat(lines).hasSize(total);
        if (total > 0) {
            assertThat(table.rows().get(0)).isEqualTo(flatten(lines.get(0), table.columns()));
        }
    }

    @Test
    void shouldLetTheFormatParameterWinOverAccept() {
        String path = "/api/v1/themes";
        Downloads.csv(path, download().accept(ContentType.JSON).queryParam("format", "csv").get(path));
        Downloads.ndjson(path, download().accept("text/html, */*;q=0.8").queryParam("format", "ndjson").get(path));
        api().accept("text/csv").queryParam("format", "json").get(path).then().statusCode(200)
                .contentType(ContentType.JSON).body("page", is(1));
    }

    @Test
    void shouldAnswerJsonPagesWhenAcceptAllowsAnything() {
        api().accept("*/*").get("/api/v1/themes").then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Disposition", nullValue());
        api().accept("text/csv;q=0.5, application/json").get("/api/v1/themes").then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void shouldRefuseAnUnknownFormatByName() {
        invalid().queryParam("format", "xlsx").get("/api/v1/metrics").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", is("format"))
                .body("errors.size()", is(1));
    }

    @Test
    void shouldRefuseThePagingAndFacetParametersOfADownloadByName() {
        invalid().queryParam("format", "csv").queryParam("page", 2).queryParam("size", 10)
                .queryParam("facets", "country").get("/api/v1/projects").then().statusCode(400)
                .body("errors.name", is(List.of("facets", "page", "size")));
        invalid().accept("application/x-ndjson").queryParam("cursor", "abc").get("/api/v1/projects").then()
                .statusCode(400).body("errors.name", is(List.of("cursor")));
    }

    @Test
    void shouldRefuseTheShapingParametersOfADownloadByName() {
        invalid().queryParam("format", "ndjson").queryParam("fields", "name").queryParam("evidence", "none")
                .get("/api/v1/metrics").then().statusCode(400).body("errors.name", is(List.of("evidence", "fields")));
        invalid().accept("text/csv").queryParam("evidence", "first")
                .get("/api/v1/projects/china-laos-railway/statements")
                .then().statusCode(400).body("errors.name", is(List.of("evidence")));
    }

    @Test
    void shouldRefuseAFormatOnAnEndpointThatIsNoList() {
        invalid().queryParam("format", "json").get("/api/v1/metrics/aggregate").then().statusCode(400)
                .body("errors[0].name", is("format"));
    }

    @Test
    void shouldStillAnswer406ForAMediaTypeNoListServes() {
        invalid().accept("application/xml").get("/api/v1/metrics").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNeitherKeepNorTagADownload() {
        String path = "/api/v1/themes";
        Response first = download().queryParam("format", "csv").get(path);
        assertThat(first.header("ETag")).isNull();
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        Response again = download().queryParam("format", "csv").header("If-None-Match", "*").get(path);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void shouldQuoteTextAndDefuseFormulasAsRfc4180AndOwaspAsk() {
        String note = "=HYPERLINK(\"http://example.org\",\"click\"), said \"the railway\";\nit helps | all";
        api().header("Authorization", "Bearer " + CURATOR).contentType(ContentType.JSON)
                .body(Map.of("id", "test-export-formula", "text", "The railway is helping the Lao people",
                        "note", note, "type", "assessment", "speaker",
                        "zheng-shanjie", "date", "2023-10", "projects", List.of("china-laos-railway"), "countries",
                        List.of("LA"), "themes", List.of("connectivity"), "evidence",
                        List.of(Map.of("sourceId", "qiushi-2023-zheng-shanjie", "exact",
                                "The railway is helping the Lao people realize their dream of turning their "
                                        + "landlocked country into a land-linked one"))))
                .post("/api/v1/statements").then().log().ifValidationFails().statusCode(201);

        String path = "/api/v1/projects/china-laos-railway/statements";
        Response response = download().queryParam("format", "csv").get(path);
        String body = response.asString();
        // Quoted for the comma, the quotes (doubled) and the line break, which stays inside the cell.
        assertThat(body).contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\"), said \"\"the railway\"\";"
                + "\nit helps | all\",").contains("\r\n");
        Downloads.Table table = Downloads.csv(path, response);
        assertThat(table.rows()).filteredOn(row -> row.get("id").equals("test-export-formula")).singleElement()
                .satisfies(row -> assertThat(row.get("note")).isEqualTo("'" + note));
        assertThat(table.rows()).as("no other cell starts a formula").allSatisfy(row -> row.values()
                .forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+")));
    }

    /** Every item of a list's JSON pages, a hundred a page, parameters as names and values. */
    private static List<JsonNode> jsonItems(String path, String... parameters) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1;; page++) {
            RequestSpecification request = api().queryParam("size", 100).queryParam("page", page);
            for (int i = 0; i < parameters.length; i += 2) {
                request.queryParam(parameters[i], parameters[i + 1]);
            }
            JsonNode body = read(request.get(path).then().statusCode(200).extract().asString());
            body.path("items").forEach(items::add);
            if (page >= body.path("totalPages").asInt()) {
                return items;
            }
        }
    }

    /**
     * A record's JSON as the documented CSV columns hold it: {@code a.b} is field b of object a, or the b of each item
     * of list a; list items joined by '|' with '|' and '\' escaped by '\'; numbers plain; text that would start a
     * formula behind an apostrophe; null and absent as an empty cell.
     */
    static Map<String, String> flatten(JsonNode record, List<String> columns) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (String column : columns) {
            JsonNode value = record;
            List<JsonNode> items = null;
            String[] names = column.split("\\.");
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                if (items != null) {
                    items = items.stream().map(item -> item.path(name)).toList();
                } else if (value.path(name).isArray() && i < names.length - 1) {
                    items = StreamSupport.stream(value.path(name).spliterator(), false).toList();
                } else {
                    value = value.path(name);
                }
            }
            if (items == null && value.isArray()) {
                items = StreamSupport.stream(value.spliterator(), false).toList();
            }
            String cell;
            if (items != null) {
                cell = guard(items.stream().map(item -> text(item).replace("\\", "\\\\").replace("|", "\\|"))
                        .collect(Collectors.joining("|")));
            } else if (value.isNumber()) {
                cell = text(value);
            } else {
                cell = guard(text(value));
            }
            row.put(column, cell);
        }
        return row;
    }

    private static String text(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String guard(String text) {
        return !text.isEmpty() && "=+-@\t\r\n＝＋－＠".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
