package org.bri.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The curated seed files read as plain JSON, so tests compute their expectations independently of the service. */
public final class Seeds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<JsonNode>> CACHE = new ConcurrentHashMap<>();

    private Seeds() {
    }

    /**
     * All records of one seed file, such as {@code projects}, completed as the API serves them:
     * evidence anchored and a statement's missing text taken from its first quote, both computed
     * here independently of the service.
     */
    public static List<JsonNode> all(String file) {
        return CACHE.computeIfAbsent(file, f -> {
            try {
                JsonNode array = JSON.readTree(Path.of("seeds/data", f + ".json").toFile());
                List<JsonNode> records = StreamSupport.stream(array.spliterator(), false).toList();
                records.forEach(Seeds::complete);
                return records;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The seeds' {@code release.json}: the release number and the checksum of the files. */
    public static JsonNode release() {
        try {
            return JSON.readTree(Path.of("seeds/data/release.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void complete(JsonNode record) {
        if (!record.has("evidence")) {
            return;
        }
        record.path("evidence").forEach(e -> anchor((ObjectNode) e));
        if (record.has("speaker") && !record.has("text")) {
            ((ObjectNode) record).put("text", record.path("evidence").get(0).path("exact").asText());
        }
    }

    /**
     * Adds start, end (code points), prefix, suffix (up to 32 code points, cut at a word boundary) and the url of
     * the passage to a quote that occurs once in its source, or once after its prefix hint.
     */
    private static void anchor(ObjectNode e) {
        int[] text = new String(bytes(e.path("sourceId").asText()), StandardCharsets.UTF_8).codePoints().toArray();
        int[] quote = e.path("exact").asText().codePoints().toArray();
        String hint = e.has("prefix") ? e.path("prefix").asText() : null;
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i + quote.length <= text.length; i++) {
            if (Arrays.equals(text, i, i + quote.length, quote, 0, quote.length)
                    && (hint == null || string(text, 0, i).endsWith(hint))) {
                hits.add(i);
            }
        }
        if (hits.size() != 1) {
            throw new IllegalStateException(hits.size() + " places for the quote " + e);
        }
        int start = hits.get(0);
        int end = start + quote.length;
        String prefix = string(text, Math.max(0, start - 32), start);
        if (start - 32 > 0 && prefix.contains(" ")) {
            prefix = prefix.substring(prefix.indexOf(' ') + 1);
        }
        String suffix = string(text, end, Math.min(text.length, end + 32));
        if (end + 32 < text.length && suffix.contains(" ")) {
            suffix = suffix.substring(0, suffix.lastIndexOf(' '));
        }
        e.put("prefix", prefix).put("suffix", suffix).put("start", start).put("end", end);
        // RFC 5147 counts characters between positions, as start and end count code points.
        e.put("url", "/api/v1/sources/" + e.path("sourceId").asText() + "/text#char=" + start + "," + end);
    }

    private static String string(int[] codePoints, int from, int to) {
        return new String(codePoints, from, to - from);
    }

    /** The records of a seed file that match a predicate. */
    public static List<JsonNode> where(String file, Predicate<JsonNode> predicate) {
        return all(file).stream().filter(predicate).toList();
    }

    /** The ids of the records that match, in file order. */
    public static List<String> ids(String file, Predicate<JsonNode> predicate) {
        return where(file, predicate).stream().map(n -> n.path("id").asText()).toList();
    }

    /** The string values of an array field of a record. */
    public static List<String> strings(JsonNode record, String field) {
        List<String> values = new ArrayList<>();
        record.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The one record of a seed file with this id ({@code code} for countries). */
    public static JsonNode byId(String file, String id) {
        String key = file.equals("countries") ? "code" : "id";
        List<JsonNode> found = where(file, r -> r.path(key).asText().equals(id));
        if (found.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + found.size() + " records with the id " + id);
        }
        return found.get(0);
    }

    /**
     * The alpha-2 codes of the countries a project, metric or statement refers to. The only place
     * that reads {@code countries}, so that a change of its format is adapted here: a plain code
     * ({@code "LA"}) and an object with a code ({@code {"code": "LA", "role": ...}}) both count.
     */
    public static List<String> countryCodes(JsonNode record) {
        List<String> codes = new ArrayList<>();
        record.path("countries").forEach(c -> codes.add(c.isObject() ? c.path("code").asText() : c.asText()));
        return codes;
    }

    /**
     * A seed subtree as plain Java values (maps, lists, strings, integers, null), the form in which
     * RestAssured's JsonPath returns a response, so that the two compare with equals.
     */
    public static Object plain(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }

    /** The countries a record refers to as the API references them: code, alpha3 and name, and a project's role. */
    public static List<Map<String, Object>> countryRefs(JsonNode record) {
        List<Map<String, Object>> refs = new ArrayList<>();
        record.path("countries").forEach(c -> {
            String code = c.isObject() ? c.path("code").asText() : c.asText();
            JsonNode country = byId("countries", code);
            Map<String, Object> ref = new LinkedHashMap<>(Map.of("code", code, "alpha3",
                    country.path("alpha3").asText(), "name", country.path("name").asText()));
            if (c.isObject()) {
                ref.put("role", c.path("role").asText());
            }
            refs.add(ref);
        });
        return refs;
    }

    /** A project as the API references it: id and name from projects.json. */
    public static Map<String, Object> projectRef(String id) {
        return Map.of("id", id, "name", byId("projects", id).path("name").asText());
    }

    /** A nullable text field: Java null for a JSON null, so that it compares with what the API returns. */
    public static String textOrNull(JsonNode record, String field) {
        JsonNode value = record.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /**
     * Whether every stem starts a word of the texts, words being what {@code q} searches: lower
     * case, split at anything not a letter or digit. The stems are given by the caller (the query
     * words less their ending), so that the expectation does not reuse the service's own stemming.
     */
    public static boolean wordsStartWith(Collection<String> texts, Collection<String> stems) {
        StringBuilder words = new StringBuilder(" ");
        texts.stream().filter(Objects::nonNull)
                .forEach(t -> words.append(t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " "))
                        .append(' '));
        return stems.stream().allMatch(stem -> words.indexOf(" " + stem) >= 0);
    }

    /**
     * The texts that {@code q} searches in a record, as openapi.yaml describes them for each list:
     * a project's name, aliases, summary and quotes; a metric's name, printed value, indicator and
     * quotes; a statement's text, its speaker's name, role and organization, and its quotes.
     */
    public static List<String> searchedTexts(String file, JsonNode record) {
        List<String> texts = new ArrayList<>();
        switch (file) {
            case "projects" -> {
                texts.add(record.path("name").asText());
                texts.addAll(strings(record, "aliases"));
                texts.add(record.path("summary").asText());
            }
            case "metrics" -> {
                texts.add(record.path("name").asText());
                texts.add(record.path("valueText").asText());
                texts.add(record.path("indicator").asText());
            }
            case "statements" -> {
                texts.add(record.path("text").asText());
                JsonNode speaker = byId("speakers", record.path("speaker").asText());
                texts.add(textOrNull(speaker, "name"));
                texts.add(textOrNull(speaker, "role"));
                texts.add(textOrNull(speaker, "organization"));
            }
            default -> throw new IllegalArgumentException("q does not search " + file);
        }
        record.path("evidence").forEach(e -> texts.add(e.path("exact").asText()));
        return texts;
    }

    /** The ids of the records of a file that a search for these stems must find. */
    public static List<String> searchIds(String file, String spaceSeparatedStems) {
        return ids(file, r -> wordsStartWith(searchedTexts(file, r), stems(spaceSeparatedStems)));
    }

    /** Stems written as one space-separated string. */
    public static List<String> stems(String spaceSeparated) {
        return Arrays.asList(spaceSeparated.split(" "));
    }

    /** The text of a source document, by source id. */
    public static String text(String sourceId) {
        return new String(bytes(sourceId), StandardCharsets.UTF_8);
    }

    /** The bytes of a source document's file, by source id. */
    public static byte[] bytes(String sourceId) {
        try {
            return Files.readAllBytes(Path.of("seeds", sourceId + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
