package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RFC 5147 address of a passage, on a text a curator may add: beyond the Basic Multilingual Plane, CR LF. */
class EvidenceUrlTest {

    @Test
    void shouldAddressAPassageInCodePointsWhenTheTextHasCharactersBeyondTheBasicPlane() {
        // Two emoji (two UTF-16 units each) and a CR LF before the quote: code points, not units, place it.
        String text = "\uD83D\uDE84 High-speed \uD83D\uDE84\r\nThe railway opened in 2021.";
        Evidence e = evidence("source-id", text, "The railway opened");
        String url = EvidenceResponse.url(e);
        assertThat(url).isEqualTo("/api/v1/sources/source-id/text#char=16,34");
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, 16, 34 - 16)).isEqualTo("The railway opened");
        assertThat(text.indexOf("The railway")).as("the UTF-16 index differs").isEqualTo(18);
    }

    private static Evidence evidence(String sourceId, String text, String exact) {
        Anchor anchor = Anchor.find(text, exact, null);
        Evidence e = new Evidence();
        e.sourceId = sourceId;
        e.exact = exact;
        e.start = anchor.start();
        e.end = anchor.end();
        return e;
    }
}
