package org.bri.data.project;

import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.common.ApiConfig;
import org.bri.data.common.Filters;
import org.bri.data.common.Paged;
import org.bri.data.common.QueryParams;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.theme.ThemeRepository;

/** BRI projects: list with filters, search and sorting, and read one. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    static final Set<String> FILTERS = Set.of("q", "country", "type", "sector", "status", "scale", "theme");
    static final Map<String, String> SORTS = Map.of("id", "id", "name", "name", "type", "type", "sector", "sector.id",
            "status", "status", "scale", "scale");

    private final ProjectRepository projects;
    private final ThemeRepository themes;
    private final ApiConfig config;

    ProjectResource(ProjectRepository projects, ThemeRepository themes, ApiConfig config) {
        this.projects = projects;
        this.themes = themes;
        this.config = config;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        QueryParams params = QueryParams.of(uri, FILTERS);
        ProjectFilter filter = new ProjectFilter(params.text("q").orElse(null), Filters.countries(params),
                params.list("type", ProjectType.class),
                params.listKnown("sector", projects::sectorExists, "a sector id or OECD DAC CRS purpose code"),
                params.list("status", ProjectStatus.class), params.list("scale", ProjectScale.class),
                Filters.themes(params, themes::exists));
        var page = params.page(config.paging());
        var sort = params.sort(SORTS, "name");
        params.validate();
        return Paged.respond(projects.search(filter, sort), page, ProjectResponse::from, uri);
    }

    @GET
    @Path("/{id}")
    public ProjectResponse get(@PathParam("id") String id) {
        return projects.findByIdOptional(id).map(ProjectResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("project", id));
    }
}
