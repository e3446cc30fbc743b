package org.bri.data.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a quote stands in a source text, as W3C Web Annotation text-position (code point
 * offsets) and text-quote (prefix and suffix) selectors. The one routine that anchors evidence,
 * for seed data and written records alike.
 */
public record Anchor(int start, int end, String prefix, String suffix) {

    /** Code points of context kept on each side of a quote, cut back to a word boundary. */
    private static final int CONTEXT = 32;

    /**
     * Finds {@code exact} in {@code text}; where it occurs more than once, {@code prefixHint}
     * (the text just before the wanted occurrence) must tell them apart.
     *
     * @throws IllegalArgumentException saying why the quote cannot be anchored
     */
    public static Anchor find(String text, String exact, String prefixHint) {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("exact is missing");
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
            if (prefixHint == null || text.startsWith(prefixHint, i - prefixHint.length())) {
                hits.add(i);
            }
        }
        if (hits.size() != 1) {
            throw new IllegalArgumentException(hits.isEmpty()
                    ? "exact is not found verbatim in the source"
                            + (prefixHint == null ? "" : " after the given prefix")
                    : "exact occurs " + hits.size() + " times in the source; give the prefix of the one meant");
        }
        int from = hits.get(0);
        int to = from + exact.length();
        int start = text.codePointCount(0, from);
        return new Anchor(start, start + exact.codePointCount(0, exact.length()), before(text, from),
                after(text, to));
    }

    private static String before(String text, int from) {
        int begin = from;
        for (int n = 0; n < CONTEXT && begin > 0; n++) {
            begin = text.offsetByCodePoints(begin, -1);
        }
        String chunk = text.substring(begin, from);
        return begin > 0 && chunk.contains(" ") ? chunk.substring(chunk.indexOf(' ') + 1) : chunk;
    }

    private static String after(String text, int to) {
        int stop = to;
        for (int n = 0; n < CONTEXT && stop < text.length(); n++) {
            stop = text.offsetByCodePoints(stop, 1);
        }
        String chunk = text.substring(to, stop);
        return stop < text.length() && chunk.contains(" ") ? chunk.substring(0, chunk.lastIndexOf(' ')) : chunk;
    }
}
