package org.bri.data.theme;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ListFormat;
import org.bri.data.common.ListParams;
import org.bri.data.common.ResourceNotFoundException;

/** The fixed vocabulary of themes that projects, metrics and statements are tagged with. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    private final ThemeRepository themes;

    ThemeResource(ThemeRepository themes) {
        this.themes = themes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam Params params) {
        return params.respond(ThemeResponse.class, themes::list, ThemeResponse::from);
    }

    @GET
    @Path("/{id}")
    public ThemeResponse get(@PathParam("id") String id) {
        return themes.findByIdOptional(id).map(ThemeResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("theme", id));
    }

    /** The query parameters of the theme list: paging and sorting only. */
    public static class Params extends ListParams {

        public Params() {
            super(Theme.class, "id", Map.of("id", "id", "label", "label"));
        }
    }
}
