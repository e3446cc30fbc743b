package org.bri.data.source;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ListParams;
import org.bri.data.common.ResourceNotFoundException;

/** The source documents every record is drawn from. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceRepository sources;

    SourceResource(SourceRepository sources) {
        this.sources = sources;
    }

    @GET
    public Response list(@Valid @BeanParam Params params) {
        return params.respond(sources.findAll(params.sort()), SourceResponse::from);
    }

    @GET
    @Path("/{id}")
    public SourceResponse get(@PathParam("id") String id) {
        return sources.findByIdOptional(id).map(SourceResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("source", id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String text(@PathParam("id") String id) {
        return sources.text(id).orElseThrow(() -> new ResourceNotFoundException("source", id));
    }

    /** The query parameters of the source list: paging and sorting only. */
    public static class Params extends ListParams {

        public Params() {
            super("publishedOn", Map.of("id", "id", "title", "title", "publishedOn", "publishedOn", "kind", "kind"));
        }
    }
}
