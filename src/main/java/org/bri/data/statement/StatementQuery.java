package org.bri.data.statement;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.common.ApiConfig;
import org.bri.data.common.Filters;
import org.bri.data.common.Paged;
import org.bri.data.common.QueryParams;
import org.bri.data.project.ProjectRepository;
import org.bri.data.source.SourceRepository;
import org.bri.data.theme.ThemeRepository;

import io.quarkus.panache.common.Sort;

/** Reads the statement list's parameters and answers it, for the top-level and the per-project list. */
@ApplicationScoped
class StatementQuery {

    static final Set<String> FILTERS = Set.of("q", "speaker", "type", "theme", "project", "country", "source", "from",
            "to");
    static final Map<String, String> SORTS = Map.of("id", "id", "date", "dateEnd", "type", "type", "speaker",
            "speaker.name");

    private final StatementRepository statements;
    private final SpeakerRepository speakers;
    private final ProjectRepository projects;
    private final ThemeRepository themes;
    private final SourceRepository sources;
    private final ApiConfig config;

    StatementQuery(StatementRepository statements, SpeakerRepository speakers, ProjectRepository projects,
            ThemeRepository themes,
            SourceRepository sources, ApiConfig config) {
        this.statements = statements;
        this.speakers = speakers;
        this.projects = projects;
        this.themes = themes;
        this.sources = sources;
        this.config = config;
    }

    /** Answers a list request; {@code project} fixes the project filter for a project's own list. */
    Response list(UriInfo uri, String project) {
        QueryParams params = Filters.params(uri, FILTERS, project);
        List<String> projectIds = Filters.projects(params, project, projects::exists);
        Filters.DateRange dates = Filters.dates(params);
        StatementFilter filter = new StatementFilter(params.text("q").orElse(null),
                params.listKnown("speaker", speakers::exists, "a speaker id listed at /api/v1/speakers"),
                params.list("type", StatementType.class), Filters.themes(params, themes::exists), projectIds,
                Filters.countries(params),
                Filters.sources(params, sources::exists), dates.from(),
                dates.to());
        var page = params.page(config.paging());
        Sort sort = params.sort(SORTS, "-date");
        params.validate();
        return Paged.respond(statements.search(filter, sort), page, StatementResponse::from, uri);
    }
}
