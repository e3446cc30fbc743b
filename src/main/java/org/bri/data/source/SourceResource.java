package org.bri.data.source;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.change.ChangeParams;
import org.bri.data.change.History;
import org.bri.data.change.RecordType;
import org.bri.data.common.DataVersion;
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.ListFormat;
import org.bri.data.common.ListParams;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.common.Roles;
import org.bri.data.common.Since;

/** The source documents every record is drawn from. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceRepository sources;
    private final SourceWriter writer;
    private final History history;
    private final DataVersion version;

    SourceResource(SourceRepository sources, SourceWriter writer, History history, DataVersion version) {
        this.sources = sources;
        this.writer = writer;
        this.history = history;
        this.version = version;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam Params params) {
        return params.respond(SourceResponse.class, order -> sources.search(params.updatedSince(), order),
                SourceResponse::from);
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

    /** Adds a source document; its text is stored exactly and can never change afterwards. */
    @POST
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SourceDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        if (draft == null) {
            throw new InvalidRecordException(List.of(InvalidRecordException.field("", "a source is required")));
        }
        Source source = writer.create(draft, security.getUserPrincipal().getName());
        version.refresh();
        return Response.created(uri.getAbsolutePathBuilder().path(source.id).build())
                .entity(SourceResponse.from(source)).build();
    }

    /** The source's changes, oldest first. */
    @GET
    @Path("/{id}/history")
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response history(@PathParam("id") String id, @BeanParam ChangeParams params) {
        return history.of(RecordType.SOURCE, id, sources.contains(id), params);
    }

    /** The query parameters of the source list: paging, sorting and the sources written since a moment. */
    public static class Params extends ListParams {

        @QueryParam("updatedSince")
        @Since
        String updatedSince;

        public Params() {
            super(Source.class, "publishedOn",
                    Map.of("id", "id", "title", "title", "publishedOn", "publishedOn", "kind", "kind"));
        }

        OffsetDateTime updatedSince() {
            return Since.Validator.parse(updatedSince);
        }
    }
}
