package org.bri.data.statement;

import java.util.List;

import org.bri.data.country.CountryRef;
import org.bri.data.project.ProjectRef;
import org.bri.data.source.EvidenceResponse;
import org.bri.data.theme.Theme;

/** A statement with its speaker, date, related projects, countries, themes and evidence. */
public record StatementResponse(String id, String text, StatementType type, SpeakerResponse speaker, String date,
        String note,
        List<ProjectRef> projects, List<CountryRef> countries, List<String> themes, List<EvidenceResponse> evidence) {

    /** A person or issuing body with role and organization as the source gives them. */
    public record SpeakerResponse(String id, String name, String role, String organization, SpeakerKind kind) {

        static SpeakerResponse from(Speaker p) {
            return new SpeakerResponse(p.id, p.name, p.role, p.organization, p.kind);
        }
    }

    static StatementResponse from(Statement s) {
        return new StatementResponse(s.id, s.text, s.type, SpeakerResponse.from(s.speaker), s.date, s.note,
                ProjectRef.from(s.projects),
                CountryRef.from(s.countries), Theme.ids(s.themes), EvidenceResponse.from(s.evidence));
    }
}
