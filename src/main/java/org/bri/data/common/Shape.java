package org.bri.data.common;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The representation of a record that a read asks for: only some of its fields ({@code fields=}) and all, the first
 * or none of its evidence ({@code evidence=}), with the citations that go with it.
 *
 * @param fields the top-level fields to keep, {@code id} among them; null for all
 * @param evidence which evidence items, and their citations, to keep
 */
public record Shape(Set<String> fields, Evidence evidence) {

    public static final String FIELDS = "fields";
    public static final String EVIDENCE = "evidence";
    /** The record fields that {@code evidence=} trims: the passages and their citations, one for one. */
    private static final List<String> PASSAGES = List.of("evidence", "citation");

    /**
     * The media type of a record that may lack fields its schema requires. A full record is
     * {@code application/json}, whose schema stays strict, so that clients generated from the contract keep every
     * field they rely on; a sparse one says so in its type.
     */
    public static final String SPARSE = "application/vnd.bri.sparse+json";
    static final MediaType SPARSE_TYPE = MediaType.valueOf(SPARSE);

    /** How much evidence a record carries. */
    public enum Evidence implements Slugged {
        NONE, FIRST, ALL
    }

    /** Whether the record may lack some of its required fields. */
    boolean sparse() {
        return fields != null || evidence == Evidence.NONE;
    }

    /** Whether this is the record as it is, which needs no reshaping. */
    boolean whole() {
        return fields == null && evidence == Evidence.ALL;
    }

    /** Checks the two parameters of a read of records of this type, reporting each offending value. */
    static void check(List<String> fields, String evidence, Class<? extends Record> type,
            BiConsumer<String, String> problem) {
        List<String> known = fieldsOf(type);
        List<String> asked = ListParams.values(fields);
        asked.stream().filter(f -> !known.contains(f)).forEach(f -> problem.accept(FIELDS,
                "unknown field '" + f + "'; expected a comma-separated list of " + known));
        Evidence choice = null;
        if (evidence != null) {
            choice = Slugged.find(Evidence.class, evidence.strip()).orElse(null);
            if (choice == null) {
                problem.accept(EVIDENCE, "'" + evidence + "' is not one of " + Slugged.slugs(Evidence.class));
            }
        }
        if (choice == Evidence.NONE && asked.stream().anyMatch(PASSAGES::contains)) {
            problem.accept(FIELDS, "cannot ask for " + PASSAGES + " with evidence=none, which leaves them out");
            problem.accept(EVIDENCE, "cannot be 'none' while 'fields' asks for " + PASSAGES);
        }
    }

    /** The shape a read's query asks for, its parameters once checked; the whole record when it names neither. */
    static Shape of(MultivaluedMap<String, String> query) {
        List<String> values = query.get(FIELDS);
        Set<String> fields = null;
        if (values != null) {
            List<String> listed = new ArrayList<>();
            values.forEach(v -> listed.addAll(Arrays.asList(v.split(","))));
            fields = new LinkedHashSet<>();
            fields.add("id");
            fields.addAll(ListParams.values(listed));
        }
        String evidence = query.getFirst(EVIDENCE);
        return new Shape(fields, evidence == null
                ? Evidence.ALL
                : Slugged.find(Evidence.class, evidence.strip()).orElse(Evidence.ALL));
    }

    /** Trims a record's JSON to this shape, in place, keeping the order of its fields. */
    void trim(ObjectNode record) {
        if (fields != null) {
            record.retain(fields);
        }
        for (String name : PASSAGES) {
            JsonNode items = record.get(name);
            if (evidence == Evidence.NONE) {
                record.remove(name);
            } else if (evidence == Evidence.FIRST && items instanceof ArrayNode array) {
                while (array.size() > 1) {
                    array.remove(array.size() - 1);
                }
            }
        }
    }

    /** The JSON field names of a response record: its components, which Jackson writes under their own names. */
    static List<String> fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
