package org.bri.data.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as printed ("US$43.6 billion", "nearly 70%", "0.7%–2.9%", "fourth-largest") read into
 * its value in base units, the upper bound of a range, its qualifier and its currency.
 */
record Figure(BigDecimal value, BigDecimal max, String approximation, String currency) {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("first", 1), Map.entry("two", 2), Map.entry("second", 2), Map.entry("three", 3),
            Map.entry("third", 3), Map.entry("four", 4), Map.entry("fourth", 4), Map.entry("five", 5),
            Map.entry("fifth", 5), Map.entry("six", 6), Map.entry("sixth", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("eighth", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("tenth", 10), Map.entry("twelve", 12), Map.entry("twenty", 20));
    private static final Map<String, BigDecimal> SCALES = Map.of("thousand", new BigDecimal("1e3"), "million",
            new BigDecimal("1e6"), "billion", new BigDecimal("1e9"), "trillion", new BigDecimal("1e12"));
    private static final List<Map.Entry<String, String>> QUALIFIERS = List.of(Map.entry("more than", "more-than"),
            Map.entry("over", "more-than"), Map.entry("exceeding", "more-than"), Map.entry("exceeded", "more-than"),
            Map.entry("nearly", "nearly"), Map.entry("almost", "nearly"), Map.entry("about", "about"),
            Map.entry("around", "about"), Map.entry("up to", "up-to"));
    private static final Pattern NUMBER = Pattern
            .compile("(\\d[\\d,]*(?:\\.\\d+)?)(?:st|nd|rd|th)?\\s*(thousand|million|billion|trillion)?");
    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", WORDS.keySet()) + ")\\b");
    private static final Pattern TENS_OF = Pattern.compile("\\btens of (thousands|millions|billions)\\b");

    /** Reads a printed figure; throws if it holds no number. */
    static Figure parse(String printed) {
        String text = printed.toLowerCase(Locale.ROOT);
        String currency = text.contains("us$") || text.contains("us dollar") ? "USD" : null;
        String approximation = QUALIFIERS.stream().filter(q -> text.matches("(?s).*\\b" + q.getKey() + "\\b.*"))
                .map(Map.Entry::getValue).findFirst().orElse("exact");
        Matcher tens = TENS_OF.matcher(text);
        if (tens.find()) {
            BigDecimal scale = SCALES.get(tens.group(1).replaceAll("s$", ""));
            return new Figure(BigDecimal.TEN.multiply(scale), new BigDecimal(99).multiply(scale), "range", currency);
        }
        Matcher number = NUMBER.matcher(text);
        if (number.find()) {
            BigDecimal first = read(number);
            if (number.find()) {
                return new Figure(first, read(number), "range", currency);
            }
            return new Figure(first, null, approximation, currency);
        }
        Matcher word = WORD.matcher(text);
        if (word.find()) {
            return new Figure(BigDecimal.valueOf(WORDS.get(word.group(1))), null, approximation, currency);
        }
        throw new IllegalArgumentException("no number in '" + printed + "'");
    }

    private static BigDecimal read(Matcher m) {
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        return m.group(2) == null ? value : value.multiply(SCALES.get(m.group(2)));
    }
}
