package org.bri.data.source;

import java.util.List;
import java.util.StringJoiner;

/**
 * How to cite one passage that supports a record: its source's title, author, publisher and date, the passage and
 * its address, and the whole as a sentence to paste.
 */
public record Citation(String sourceId, String title, String author, String publisher, String date, String passage,
        String url, String text) {

    /** One citation per evidence item, in the same order, so that a record drawn from several sources cites each. */
    public static List<Citation> of(List<Evidence> evidence) {
        return evidence.stream().map(Citation::of).toList();
    }

    static Citation of(Evidence e) {
        Source s = e.source;
        return new Citation(e.sourceId, s.title, s.author, s.publisher, s.publishedOn, e.exact,
                EvidenceResponse.url(e), text(s, e.exact));
    }

    /**
     * Author, title, delivery date of a speech, publisher and date of publication, then the passage: each part the
     * source lacks is left out, except the title, which says that it is missing, and the date ({@code n.d.}).
     */
    static String text(Source s, String passage) {
        StringJoiner parts = new StringJoiner(" ");
        if (s.author != null) {
            parts.add(sentence(s.author));
        }
        parts.add(s.title == null
                ? "Untitled " + s.kind.slug().replace('-', ' ') + "."
                : "\u201c" + sentence(s.title) + "\u201d");
        if (s.deliveredOn != null) {
            parts.add("Delivered " + s.deliveredOn + ".");
        }
        String date = s.publishedOn == null ? "n.d." : s.publishedOn + ".";
        parts.add(s.publisher == null ? date : s.publisher + ", " + date);
        // A passage may run over paragraphs; a citation is one line.
        parts.add("\u201c" + oneLine(passage.strip()) + "\u201d");
        return parts.toString();
    }

    /** The words with a full stop, unless they end with a punctuation mark already. */
    private static String sentence(String words) {
        String stripped = words.strip();
        char last = stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
        return last == '.' || last == '!' || last == '?' ? stripped : stripped + ".";
    }

    /**
     * Each run of whitespace (as the regular expression {@code \s} names it) as one space: a loop rather than a
     * pattern, as every record of a page cites its passages.
     */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        if (space) {
            line.append(' ');
        }
        return line.toString();
    }
}
