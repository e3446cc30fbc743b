package org.bri.data.export;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.bri.data.common.Slugged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The text of a CSV cell, as the JSON of the same record has it: numbers as plain decimals (never an exponent), dates
 * and times in ISO 8601, vocabulary values as their slugs, a list's items joined by {@code |} (a {@code |} or
 * {@code \} inside an item escaped by a {@code \}). Text that a spreadsheet would run as a formula (it begins with
 * {@code = + - @}, a tab, a carriage return or a line feed, or their full-width forms) is prefixed with an apostrophe,
 * as OWASP advises against CSV injection; numbers are never prefixed.
 */
final class Cells {

    /** Separates a list's items within one cell. */
    static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';
    /** What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_START = "=+-@\t\r\n＝＋－＠";

    /** Enums without a slug as the API's JSON writes them, computed once each. */
    private final Map<Object, String> written = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    Cells(ObjectMapper json) {
        this.json = json;
    }

    /** The cell of a column's value; null for a null or absent value, which CSV writes as an empty cell. */
    String cell(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number number ? number(number) : guard(text(value));
    }

    private String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Slugged slugged) {
            return slugged.slug();
        }
        if (value instanceof OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> item == null ? "" : escape(text(item)))
                    .collect(Collectors.joining(String.valueOf(SEPARATOR)));
        }
        return value instanceof Enum<?> ? written.computeIfAbsent(value, this::json) : json(value);
    }

    private String json(Object value) {
        JsonNode node = json.valueToTree(value);
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A number as a plain decimal, as JSON carries it: 43600000000, not 4.36E+10. */
    static String number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }

    private static String escape(String item) {
        if (item.indexOf(SEPARATOR) < 0 && item.indexOf(ESCAPE) < 0) {
            return item;
        }
        StringBuilder escaped = new StringBuilder(item.length() + 4);
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == SEPARATOR || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text that would start a formula, with an apostrophe before it so that a spreadsheet shows it as text. */
    static String guard(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
