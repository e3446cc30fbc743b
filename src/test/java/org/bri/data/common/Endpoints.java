package org.bri.data.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bri.data.Seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Every path template of the contract, and a path of each that names a record that exists. */
final class Endpoints {

    private static final JsonNode CONTRACT;

    static {
        try {
            CONTRACT = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Endpoints() {
    }

    /** The contract's path templates, such as {@code /api/v1/projects/{id}/metrics}. */
    static List<String> templates() {
        List<String> templates = new ArrayList<>();
        CONTRACT.path("paths").fieldNames().forEachRemaining(templates::add);
        return templates;
    }

    /** The templates that read one record (or its text), which take no query parameter. */
    static List<String> singleRecordTemplates() {
        // Public reads only: a GET that needs a token (the export) is not a record; nor is an aggregate, which
        // takes the filters of a list but no paging.
        return templates().stream().filter(t -> takesNoQuery(t) && isPublicRead(t)).toList();
    }

    /** Whether the template's read declares no query parameter, its own or a shared one. */
    private static boolean takesNoQuery(String template) {
        for (JsonNode parameter : CONTRACT.path("paths").path(template).path("get").path("parameters")) {
            JsonNode resolved = parameter.has("$ref")
                    ? CONTRACT.path("components").path("parameters")
                            .path(parameter.path("$ref").asText().replace("#/components/parameters/", ""))
                    : parameter;
            if (resolved.path("in").asText().equals("query")) {
                return false;
            }
        }
        return true;
    }

    /** Whether anyone may GET the template: no security requirement is declared for its read. */
    static boolean isPublicRead(String template) {
        return CONTRACT.path("paths").path(template).path("get").path("security").isMissingNode();
    }

    /** A path of the template whose ids name existing records. */
    static String concrete(String template) {
        String kind = template.replaceFirst("^/api/v1/([a-z]+)/.*", "$1");
        String id = switch (kind) {
            case "countries" -> Seeds.all("countries").get(0).path("code").asText();
            case "sources", "projects", "metrics", "statements", "speakers", "themes" ->
                Seeds.all(kind).get(0).path("id").asText();
            case "releases" -> Seeds.release().path("release").asText();
            default -> "";
        };
        return template.replaceAll("\\{[^}]+}", id);
    }

    /** The write methods (POST, PUT, PATCH, DELETE) the contract declares for a template, upper-case. */
    static List<String> writes(String template) {
        List<String> writes = new ArrayList<>();
        CONTRACT.path("paths").path(template).fieldNames().forEachRemaining(method -> {
            if (List.of("post", "put", "patch", "delete").contains(method)) {
                writes.add(method.toUpperCase(java.util.Locale.ROOT));
            }
        });
        return writes;
    }

    /** Whether the contract declares this status for a GET of the template. */
    static boolean declares(String template, int status) {
        return CONTRACT.path("paths").path(template).path("get").path("responses").has(String.valueOf(status));
    }

    /** The template a concrete path belongs to, or null. */
    static String templateOf(String path) {
        // A literal segment wins over a variable one, as in the service: /metrics/aggregate is not a metric's id.
        return templates().stream().filter(t -> path.matches(t.replaceAll("\\{[^}]+}", "[^/]+")))
                .min(java.util.Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count())).orElse(null);
    }
}
