package org.bri.data.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.hibernate.Hibernate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.panache.common.Sort;

/**
 * Where a keyset walk through a list stands: the order it follows, the sort values of the last record served and how
 * many records came before the next page. It travels as opaque base64url JSON; its values are read back as the types
 * of the entity fields the sort names, so that a tampered cursor is a 400, never a query error.
 */
record Cursor(String sort, List<Object> keys, long offset) {

    /** Values keep their own JSON form (dates as ISO text, enums by name), whatever the API's Jackson settings. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The longest cursor a client may send; an honest one is far shorter. */
    static final int MAX_LENGTH = 2048;

    /** The cursor after a record, in an order, with this many records before the next page. */
    static Cursor after(Object entity, String sort, Sort order, long offset) {
        List<Object> keys = new ArrayList<>();
        for (Sort.Column column : order.getColumns()) {
            keys.add(read(entity, column.getName()));
        }
        return new Cursor(sort, keys, offset);
    }

    /** The text a client sends back. */
    String encode() {
        var node = JSON.createObjectNode().put("s", sort).put("o", offset);
        node.set("k", JSON.valueToTree(keys));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cursor's values are plain JSON", e);
        }
    }

    /** Reads a cursor a client sent back; its keys stay JSON until {@link #typed} knows their types. */
    static Cursor decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("too long");
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(text));
            JsonNode keys = node.get("k");
            if (!node.path("s").isTextual() || !node.path("o").canConvertToExactIntegral() || node.get("o").asLong() < 0
                    || keys == null || !keys.isArray()) {
                throw new IllegalArgumentException("not a cursor");
            }
            List<Object> values = new ArrayList<>();
            keys.forEach(values::add);
            return new Cursor(node.get("s").asText(), values, node.get("o").asLong());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }

    /**
     * This cursor with each key converted to the type of the entity field its sort column names.
     *
     * @throws IllegalArgumentException when the keys do not fit the order
     */
    Cursor typed(Class<?> entity, Sort order) {
        List<Sort.Column> columns = order.getColumns();
        if (keys.size() != columns.size()) {
            throw new IllegalArgumentException("not a cursor of this order");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            JsonNode key = (JsonNode) keys.get(i);
            Class<?> type = type(entity, columns.get(i).getName());
            values.add(key.isNull() ? null : JSON.convertValue(key, type));
        }
        if (values.get(values.size() - 1) == null) {
            throw new IllegalArgumentException("a cursor's last key is the record's key, never null");
        }
        return new Cursor(sort, values, offset);
    }

    /** The keyset condition: the records that come after this cursor's in the order (nulls last either way). */
    void after(Where where, String alias, Sort order) {
        List<Sort.Column> columns = order.getColumns();
        StringBuilder condition = new StringBuilder();
        int open = 0;
        for (int i = 0; i < columns.size(); i++) {
            String path = alias + "." + columns.get(i).getName();
            String name = "after" + i;
            Object value = keys.get(i);
            boolean last = i == columns.size() - 1;
            String beyond = path + (columns.get(i).getDirection() == Sort.Direction.Descending ? " < :" : " > :")
                    + name;
            if (i > 0) {
                condition.append(" and (");
                open++;
            }
            if (last) {
                condition.append(beyond);
                where.parameter(name, value);
            } else if (value == null) {
                // Within the nulls, which come last: only other nulls can follow.
                condition.append(path).append(" is null");
            } else {
                condition.append(beyond).append(" or ").append(path).append(" is null or (").append(path)
                        .append(" = :").append(name);
                open++;
                where.parameter(name, value);
            }
        }
        where.and("(" + condition + ")".repeat(open) + ")");
    }

    private static Object read(Object entity, String path) {
        Object value = entity;
        for (String name : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = Hibernate.unproxy(value);
            try {
                value = field(value.getClass(), name).get(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("sortable fields are made accessible", e);
            }
        }
        return value;
    }

    private static Class<?> type(Class<?> entity, String path) {
        Class<?> type = entity;
        for (String name : path.split("\\.")) {
            type = field(type, name).getType();
        }
        return type;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                // Quarkus' Hibernate enhancement may make entity fields private behind accessors.
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // Declared higher up.
            }
        }
        throw new IllegalStateException("a sort names a field of its entity: " + name);
    }
}
