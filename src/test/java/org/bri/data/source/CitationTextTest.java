package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A citation is one line: each run of whitespace in a passage becomes one space, and each part ends a sentence. */
class CitationTextTest {

    static Stream<Arguments> passages() {
        return Stream.of(Arguments.of("a  b", "a b"), Arguments.of("a\tb", "a b"), Arguments.of("a\n\nb", "a b"),
                Arguments.of("a\r\n \u000bb\fc", "a b c"), Arguments.of("no runs", "no runs"),
                Arguments.of("trailing \n", "trailing "), Arguments.of("\n leading", " leading"));
    }

    @ParameterizedTest
    @MethodSource("passages")
    void shouldCollapseEachRunOfWhitespaceToOneSpace(String passage, String line) {
        assertThat(Citation.oneLine(passage)).isEqualTo(line).isEqualTo(passage.replaceAll("\\s+", " "));
    }

    @Test
    void shouldKeepOtherSpacesAsTheyAre() {
        // A no-break space is no \s: the passage keeps it, as the regular expression did.
        assertThat(Citation.oneLine("1\u00a0000 km")).isEqualTo("1\u00a0000 km");
    }

    @Test
    void shouldEndEachPartWithOneFullStop() {
        Source source = new Source();
        source.kind = SourceKind.values()[0];
        source.title = "Why it works ";
        source.author = "Wang Yi!";
        source.publisher = "Xinhua";
        source.publishedOn = "2023-10-10";
        assertThat(Citation.text(source, " the\n passage "))
                .isEqualTo("Wang Yi! \u201cWhy it works.\u201d Xinhua, 2023-10-10. \u201cthe passage\u201d");
        source.title = "Asked?";
        source.author = null;
        source.publisher = null;
        source.publishedOn = null;
        assertThat(Citation.text(source, "x")).isEqualTo("\u201cAsked?\u201d n.d. \u201cx\u201d");
    }
}
