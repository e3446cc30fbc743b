package org.bri.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.restassured.response.Response;

/**
 * Checks CSV and NDJSON downloads against openapi.yaml, which the request validator cannot do for bodies that are not
 * JSON: the media type and file name, a CSV's header row against the columns its operation declares (the header line
 * of its {@code text/csv} example), and each NDJSON line against the schema of the list's JSON items.
 */
public final class Downloads {

    private static final JsonNode CONTRACT = read();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi.yaml").toUri().toString()).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private Downloads() {
    }

    /** A CSV download, checked against the contract, as its header row and its rows, each cell by column name. */
    public record Table(List<String> columns, List<Map<String, String>> rows) {
    }

    /** Checks a CSV download of a path and reads it with a CSV parser. */
    public static Table csv(String path, Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).matches("attachment; filename=\"bri-[a-z0-9-]+\\.csv\"");
        Table table = parse(response.asString());
        assertThat(table.columns()).as("the columns %s declares", path).isEqualTo(declaredColumns(path));
        return table;
    }

    /** Reads a CSV text by an RFC 4180 parser: the header row, then each row as a map from column to cell. */
    public static Table parse(String text) {
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            List<List<String>> all = lines.readAll();
            List<String> columns = all.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> line : all.subList(1, all.size())) {
                assertThat(line).as("a row has a cell per column").hasSameSizeAs(columns);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), line.get(i));
                }
                rows.add(row);
            }
            return new Table(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks an NDJSON download of a path: one JSON record a line, each valid as an item of the list's JSON pages. */
    public static List<JsonNode> ndjson(String path, Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"bri-[a-z0-9-]+\\.ndjson\"");
        String body = response.asString();
        assertThat(body).as("every line ends with a line feed").matches("(?s)|.*\n");
        List<JsonNode> records = new ArrayList<>();
        for (String line : body.isEmpty() ? new String[0] : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                try {
                    records.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        assertThat(records.size()).as("no empty line but the end").isEqualTo(body.split("\n", -1).length - 1);
        // Each record checked as the items of JSON pages of the same list, a hundred a page.
        for (int from = 0; from < records.size(); from += 100) {
            ObjectNode page = JSON.createObjectNode();
            ArrayNode items = page.putArray("items");
            records.subList(from, Math.min(from + 100, records.size())).forEach(items::add);
            page.put("page", 1).put("size", 100).put("totalItems", records.size()).put("totalPages", 1)
                    .putNull("nextCursor");
            ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.GET,
                    SimpleResponse.Builder.ok().withContentType("application/json").withBody(page.toString())
                            .build());
            assertThat(report.getMessages()).as("NDJSON records of %s against the contract", path).isEmpty();
        }
        return records;
    }

    /** The columns the contract declares for a list's CSV: the header line of its text/csv example. */
    public static List<String> declaredColumns(String path) {
        JsonNode schema = resolve(operation(path).at("/responses/200/content/text~1csv/schema"));
        assertThat(schema.path("example").isTextual()).as("%s declares its CSV with an example", path).isTrue();
        return parse(schema.path("example").asText()).columns();
    }

    /** The GET operation of the contract path that a request path falls under; a literal segment beats a template. */
    private static JsonNode operation(String path) {
        String bare = path.replaceFirst("\\?.*", "");
        JsonNode best = null;
        int bestTemplates = Integer.MAX_VALUE;
        for (Map.Entry<String, JsonNode> entry : CONTRACT.path("paths").properties()) {
            String template = entry.getKey();
            if (Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), bare)) {
                int templates = template.split("\\{", -1).length - 1;
                if (templates < bestTemplates) {
                    best = entry.getValue().path("get");
                    bestTemplates = templates;
                }
            }
        }
        assertThat(best).as("the contract has %s", bare).isNotNull();
        return best;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() ? resolve(CONTRACT.at(ref.asText().substring(1))) : node;
    }

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
