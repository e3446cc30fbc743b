package org.bri.data.source;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.bri.data.common.ResourceNotFoundException;

/** The source documents every record is drawn from. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceRepository sources;
    private final ApiConfig config;

    SourceResource(SourceRepository sources, ApiConfig config) {
        this.sources = sources;
        this.config = config;
    }

    @GET
    public Response list(@Valid @BeanParam SourceParams params, @Context UriInfo uri) {
        return Paged.respond(sources.findAll(params.sort()), params.page(config.paging()), SourceResponse::from, uri);
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
}
