package org.bri.data.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 calendar date known to the year, the month or the day ({@code 2021}, {@code 2021-12},
 * {@code 2021-12-03}), with the first and last day it can stand for.
 */
public record PartialDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses a partial date, rejecting anything that is not a real year, month or day. */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(text, month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(text, day, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    /** Parses a nullable partial date. */
    public static PartialDate parseNullable(String text) {
        return text == null ? null : parse(text);
    }
}
