package org.bri.data.metric;

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

/** Reads the metric list's parameters and answers it, for the top-level and the per-project list. */
@ApplicationScoped
class MetricQuery {

    static final Set<String> FILTERS = Set.of("q", "project", "country", "unit", "theme", "kind", "source",
            "indicator", "from", "to");
    static final Map<String, String> SORTS = Map.of("id", "id", "name", "name", "value", "value", "date", "dateEnd",
            "indicator", "indicator", "unit", "unit.id", "kind", "kind");

    private final MetricRepository metrics;
    private final ProjectRepository projects;
    private final ThemeRepository themes;
    private final SourceRepository sources;
    private final ApiConfig config;

    MetricQuery(MetricRepository metrics, ProjectRepository projects, ThemeRepository themes, SourceRepository sources,
            ApiConfig config) {
        this.metrics = metrics;
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
        MetricFilter filter = new MetricFilter(params.text("q").orElse(null), projectIds, Filters.countries(params),
                params.listKnown("unit", metrics::unitExists, "a unit such as USD, percent or passengers"),
                Filters.themes(params, themes::exists), params.list("kind", MetricKind.class),
                Filters.sources(params, sources::exists),
                params.listKnown("indicator", metrics::indicatorExists, "an indicator code used by a metric"),
                dates.from(), dates.to());
        var page = params.page(config.paging());
        Sort sort = params.sort(SORTS, "id");
        params.validate();
        return Paged.respond(metrics.search(filter, sort), page, MetricResponse::from, uri);
    }
}
