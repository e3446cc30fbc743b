package org.bri.data.theme;

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
import org.bri.data.common.Paged;
import org.bri.data.common.QueryParams;
import org.bri.data.common.ResourceNotFoundException;

import io.quarkus.panache.common.Sort;

/** The fixed vocabulary of themes that projects, metrics and statements are tagged with. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    private static final Map<String, String> SORTS = Map.of("id", "id", "label", "label");

    private final ThemeRepository themes;
    private final ApiConfig config;

    ThemeResource(ThemeRepository themes, ApiConfig config) {
        this.themes = themes;
        this.config = config;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        QueryParams params = QueryParams.of(uri, Set.of());
        var page = params.page(config.paging());
        Sort sort = params.sort(SORTS, "id");
        params.validate();
        return Paged.respond(themes.findAll(sort), page, ThemeResponse::from, uri);
    }

    @GET
    @Path("/{id}")
    public ThemeResponse get(@PathParam("id") String id) {
        return themes.findByIdOptional(id).map(ThemeResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("theme", id));
    }
}
