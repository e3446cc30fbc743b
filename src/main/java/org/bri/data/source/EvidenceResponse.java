package org.bri.data.source;

import java.util.List;

/** A W3C Web Annotation style text-quote and text-position selector into a source's text. */
public record EvidenceResponse(String sourceId, String exact, String prefix, String suffix, int start, int end) {

    public static EvidenceResponse from(Evidence e) {
        return new EvidenceResponse(e.sourceId, e.exact, e.prefix, e.suffix, e.start, e.end);
    }

    public static List<EvidenceResponse> from(List<Evidence> evidence) {
        return evidence.stream().map(EvidenceResponse::from).toList();
    }
}
