package org.bri.data.source;

import java.util.List;

/**
 * A W3C Web Annotation style text-quote and text-position selector into a source's text, with the address of the
 * passage itself.
 */
public record EvidenceResponse(String sourceId, String exact, String prefix, String suffix, int start, int end,
        String url) {

    public static EvidenceResponse from(Evidence e) {
        return new EvidenceResponse(e.sourceId, e.exact, e.prefix, e.suffix, e.start, e.end, url(e));
    }

    public static List<EvidenceResponse> from(List<Evidence> evidence) {
        return evidence.stream().map(EvidenceResponse::from).toList();
    }

    /**
     * The passage in its source's text, as an RFC 5147 {@code char=} range: that fragment counts characters (code
     * points, as {@code start} and {@code end} do) between positions, the end exclusive as here. Relative to the
     * server's root, like the paging links: the service behind a proxy does not know the address clients use, and
     * its cache keys answers by request target, not by host.
     */
    static String url(Evidence e) {
        return SourceResponse.textUrl(e.sourceId) + "#char=" + e.start + "," + e.end;
    }
}
