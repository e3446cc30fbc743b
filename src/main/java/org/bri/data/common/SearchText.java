package org.bri.data.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The word search behind {@code q}. Records store their searchable text as lower-case words
 * separated by single spaces; a query word matches the start of a stored word once one common
 * English ending is dropped, so "technology" finds "technological" but "italy" not "digital".
 */
public final class SearchText {

    private static final int MAX_WORDS = 10;
    /** What the search_text columns hold (V1). */
    static final int MAX_LENGTH = 20_000;
    /** Anything that is not a letter or a digit; compiled once, as every record and query is normalized. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<String> ENDINGS = List.of("ical", "ally", "ies", "ing", "ed", "es", "al", "s", "y");

    private SearchText() {
    }

    /**
     * The distinct normalized words of the given texts, with a space before each word and after the last. A query word
     * matches a word wherever it stands, so each is kept once; and the words stop at what the column holds, so that no
     * record, however long its quotes, fails to be stored.
     */
    public static String of(Stream<String> texts) {
        Set<String> distinct = texts.filter(Objects::nonNull).map(SearchText::normalize).filter(s -> !s.isEmpty())
                .flatMap(s -> Arrays.stream(s.split(" "))).collect(Collectors.toCollection(LinkedHashSet::new));
        StringBuilder words = new StringBuilder(" ");
        for (String word : distinct) {
            if (words.length() + word.length() + 1 > MAX_LENGTH) {
                break;
            }
            words.append(word).append(' ');
        }
        return words.toString();
    }

    /** The LIKE patterns of a query: one per word (at most ten), each matching a word start. */
    public static List<String> patterns(String q) {
        List<String> words = new ArrayList<>(Arrays.asList(normalize(q).split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1) {
            words.removeIf(w -> w.length() < 2); // the "s" of "China's" says nothing
        }
        return words.stream().limit(MAX_WORDS).map(w -> "% " + escapeLike(stem(w)) + "%").toList();
    }

    /** Drops one common English ending, keeping at least four letters (three for "-ies"). */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            int keep = ending.equals("ies") ? 3 : 4;
            if (word.endsWith(ending) && word.length() - ending.length() >= keep) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** Lower case; typographic apostrophes become plain ones and anything not a letter or digit a space. */
    static String normalize(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
