package org.bri.data.statement;

import java.time.OffsetDateTime;
import java.util.List;

import org.bri.data.common.Curated;
import org.bri.data.common.Stored;
import org.bri.data.country.CountryRef;
import org.bri.data.project.ProjectRef;
import org.bri.data.source.Citation;
import org.bri.data.source.EvidenceResponse;
import org.bri.data.theme.Theme;

/** A statement with its speaker, date, related projects, countries, themes, evidence and citations. */
public record StatementResponse(String id, String text, StatementType type, SpeakerRef speaker, String date,
        String note,
        List<ProjectRef> projects, List<CountryRef> countries, List<String> themes, List<EvidenceResponse> evidence,
        List<Citation> citation, int version, OffsetDateTime updatedAt) implements Curated {

    /**
     * Who made the statement, as the source gives them; without the speaker's version, which is the speaker's own
     * record's (GET /api/v1/speakers/{id}).
     */
    public record SpeakerRef(String id, String name, String role, String organization, SpeakerKind kind) {

        static SpeakerRef from(Speaker p) {
            return new SpeakerRef(p.id, p.name, p.role, p.organization, p.kind);
        }
    }

    public static StatementResponse from(Statement s) {
        return new StatementResponse(s.id, s.text, s.type, SpeakerRef.from(s.speaker), s.date, s.note,
                ProjectRef.from(s.projects),
                CountryRef.from(s.countries), Theme.ids(s.themes), EvidenceResponse.from(s.evidence),
                Citation.of(s.evidence), s.version,
                s.updatedAt);
    }

    /** The strong entity tag of a version of a statement, which If-Match names. */
    public static String etag(int version) {
        return Stored.etag(version);
    }
}
