package org.bri.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The curated seed files read as plain JSON, so tests compute their expectations independently of the service. */
public final class Seeds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<JsonNode>> CACHE = new ConcurrentHashMap<>();

    private Seeds() {
    }

    /** All records of one seed file, such as {@code projects}. */
    public static List<JsonNode> all(String file) {
        return CACHE.computeIfAbsent(file, f -> {
            try {
                JsonNode array = JSON.readTree(Path.of("seeds/data", f + ".json").toFile());
                return StreamSupport.stream(array.spliterator(), false).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    /** The text of a source document, by source id. */
    public static String text(String sourceId) {
        JsonNode source = where("sources", s -> s.path("id").asText().equals(sourceId)).get(0);
        try {
            return Files.readString(Path.of("seeds", source.path("id").asText() + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
