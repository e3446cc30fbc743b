package org.bri.data.project;

import java.time.OffsetDateTime;
import java.util.List;

import org.bri.data.common.Curated;
import org.bri.data.country.CountryRef;
import org.bri.data.source.Citation;
import org.bri.data.source.EvidenceResponse;
import org.bri.data.theme.Theme;

/** A project with its classification, places, milestones, themes, evidence and citations. */
public record ProjectResponse(String id, String name, List<String> aliases, ProjectType type, SectorResponse sector,
        ProjectScale scale, ProjectStatus status, Integer iatiActivityStatus, List<CountryRef> countries,
        List<MilestoneResponse> milestones, List<String> themes, String summary, List<EvidenceResponse> evidence,
        List<Citation> citation, int version,
        OffsetDateTime updatedAt) implements Curated {

    /** A sector with its OECD DAC CRS purpose code. */
    public record SectorResponse(String id, String label, String crsCode) {
    }

    /** A dated event in a project's life. */
    public record MilestoneResponse(String date, String event) {
    }

    public static ProjectResponse from(Project p) {
        Integer iati = p.status == null ? null : p.status.iatiCode();
        return new ProjectResponse(p.id, p.name, List.copyOf(p.aliases), p.type,
                new SectorResponse(p.sector.id, p.sector.label, p.sector.crsCode), p.scale, p.status, iati,
                p.countries.stream().map(c -> CountryRef.from(c.country, c.role)).toList(),
                p.milestones.stream().map(m -> new MilestoneResponse(m.date, m.event)).toList(),
                Theme.ids(p.themes), p.summary, EvidenceResponse.from(p.evidence), Citation.of(p.evidence), p.version,
                p.updatedAt);
    }
}
