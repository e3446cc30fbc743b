package org.bri.data.common;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Decimal numbers in query parameters, such as the bounds of a range of values. */
public final class Decimals {

    /** A plain or scientific decimal, as JSON writes numbers; at most 40 characters. */
    private static final Pattern FORMAT = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    /** Digits before and after the point that any comparison with a stored value can need, with room to spare. */
    private static final int INTEGER_DIGITS = 30;
    private static final int DECIMAL_PLACES = 20;

    private Decimals() {
    }

    /** Checks a parameter's value, reporting why it is not a number; the number, or null when absent or invalid. */
    public static BigDecimal check(String name, String text, BiConsumer<String, String> problem) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > 40 || !FORMAT.matcher(value).matches()) {
            problem.accept(name, "must be a decimal number, such as 1000000 or 2.5");
            return null;
        }
        BigDecimal number = new BigDecimal(value).stripTrailingZeros();
        if (number.precision() - number.scale() > INTEGER_DIGITS || number.scale() > DECIMAL_PLACES) {
            problem.accept(name, "must be less than 10^" + INTEGER_DIGITS + " in magnitude, with at most "
                    + DECIMAL_PLACES + " decimal places");
            return null;
        }
        return number;
    }

    /** A checked parameter's value as a number; null when absent. */
    public static BigDecimal parse(String text) {
        return check("", text, (name, detail) -> {
        });
    }
}
