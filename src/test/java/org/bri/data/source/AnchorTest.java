package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Anchoring a quote: code point offsets, context cut at word boundaries, and refusals. */
class AnchorTest {

    @Test
    void shouldCountOffsetsInCodePointsNotUtf16Units() {
        // The emoji before the quote is one code point but two Java chars.
        Anchor anchor = Anchor.find("\uD83D\uDE84 trains run", "trains", null);
        assertThat(anchor.start()).isEqualTo(2);
        assertThat(anchor.end()).isEqualTo(8);
        assertThat(anchor.prefix()).isEqualTo("\uD83D\uDE84 ");
        assertThat(anchor.suffix()).isEqualTo(" run");
    }

    @Test
    void shouldCutLongContextBackToAWordBoundary() {
        String before = "one two three four five six seven eight nine ";
        String after = " alpha beta gamma delta epsilon zeta eta theta";
        Anchor anchor = Anchor.find(before + "QUOTE" + after, "QUOTE", null);
        assertThat(anchor.prefix()).isEqualTo("four five six seven eight nine ");
        assertThat(anchor.suffix()).isEqualTo(" alpha beta gamma delta epsilon");
        assertThat(anchor.prefix().codePointCount(0, anchor.prefix().length())).isLessThanOrEqualTo(32);
    }

    @Test
    void shouldRejectAQuoteThatIsNotInTheText() {
        assertThatThrownBy(() -> Anchor.find("the railway opened", "the port opened", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found verbatim");
    }

    @Test
    void shouldRejectAnAmbiguousQuoteAndAcceptAPrefixThatSettlesIt() {
        String text = "In Laos the railway opened. In Kenya the railway opened.";
        assertThatThrownBy(() -> Anchor.find(text, "the railway opened", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurs 2 times");
        Anchor second = Anchor.find(text, "the railway opened", "In Kenya ");
        assertThat(second.start()).isEqualTo(text.indexOf("the railway opened", 10));
        assertThatThrownBy(() -> Anchor.find(text, "the railway opened", "In Peru "))
                .hasMessageContaining("after the given prefix");
    }
}
