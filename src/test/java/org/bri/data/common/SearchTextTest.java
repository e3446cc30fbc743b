package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest
    @CsvSource({"technology, technolog", "technological, technolog", "transfers, transfer", "railways, railway",
            "financial, financi", "countries, countr", "cities, cit", "italy, ital", "laos, laos", "cppcc, cppcc",
            "green, green", "ports, port"})
    void shouldReduceAWordToAStemThatStartsItsVariants(String word, String stem) {
        assertThat(SearchText.stem(word)).isEqualTo(stem);
    }

    @Test
    void shouldStoreLowerCaseWordsBetweenSpaces() {
        assertThat(SearchText.of(Stream.of("China’s “Air Silk Road”", null, "Jakarta-Bandung (HSR)")))
                .isEqualTo(" china s air silk road jakarta bandung hsr ");
    }

    @Test
    void shouldKeepEachWordOnce() {
        assertThat(SearchText.of(Stream.of("The railway and the port", "The railway's port")))
                .isEqualTo(" the railway and port s ");
    }

    @Test
    void shouldStopAtWhatTheColumnHoldsAtAWordBoundary() {
        // 5,000 distinct words of 7 letters: 40,000 characters, twice what a search_text column holds.
        String text = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "w" + String.format("%06d", i))
                .collect(java.util.stream.Collectors.joining(" "));
        String stored = SearchText.of(Stream.of(text));
        assertThat(stored.length()).isLessThanOrEqualTo(SearchText.MAX_LENGTH).isGreaterThan(SearchText.MAX_LENGTH - 9);
        assertThat(stored).startsWith(" w000000 w000001 ").endsWith(" ").doesNotContain("  ");
        assertThat(stored.trim().split(" ")).allMatch(word -> word.length() == 7);
    }

    @Test
    void shouldMatchWordStartsForEachQueryWord() {
        assertThat(SearchText.patterns("Technology TRANSFER")).isEqualTo(List.of("% technolog%", "% transfer%"));
        assertThat(SearchText.patterns("China's ports")).isEqualTo(List.of("% china%", "% port%"));
        assertThat(SearchText.patterns("100%_off")).isEqualTo(List.of("% 100%", "% off%"));
    }

    @Test
    void shouldFindAWordOnlyAtTheStartOfAStoredWord() {
        String stored = SearchText.of(Stream.of("digital capital", "Italian design"));
        String italy = SearchText.patterns("Italy").get(0);
        String prefix = italy.substring(1, italy.length() - 1); // the LIKE pattern without its % signs
        assertThat(stored.indexOf(prefix)).isEqualTo(stored.indexOf(" italian"));
    }
}
