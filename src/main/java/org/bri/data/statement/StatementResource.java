package org.bri.data.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.change.ChangeParams;
import org.bri.data.change.History;
import org.bri.data.change.RecordType;
import org.bri.data.common.CuratedWrite;
import org.bri.data.common.DataVersion;
import org.bri.data.common.ListFormat;
import org.bri.data.common.RecordWrites;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.common.Roles;
import org.bri.data.common.Shape;
import org.bri.data.common.ShapeParams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Statements reported by the sources: list with filters, search and sorting, read one, and curate them. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private static final String KIND = "statement";

    private final StatementRepository statements;
    private final RecordWrites<StatementResponse> writes;
    private final History history;
    private final DataVersion version;

    StatementResource(StatementRepository statements, RecordWrites<StatementResponse> writes, History history,
            DataVersion version) {
        this.statements = statements;
        this.writes = writes;
        this.history = history;
        this.version = version;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Shape.SPARSE, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam StatementParams params) {
        StatementRepository.Filter filter = params.filter(null);
        return params.respond(StatementResponse.class, order -> statements.search(filter, order),
                StatementResponse::from,
                facet -> statements.facet(filter, facet));
    }

    /**
     * One statement, tagged with its version so that a curator can send it back in If-Match; with only some of its fields
     * or evidence when the query asks.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Shape.SPARSE})
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @BeanParam ShapeParams shape, @Context UriInfo uri) {
        shape.check(uri, StatementResponse.class);
        StatementResponse statement = statements.findByIdOptional(id).map(StatementResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException(KIND, id));
        return Response.ok(statement).header(HttpHeaders.ETAG, StatementResponse.etag(statement.version())).build();
    }

    /** Adds a statement in the seed format; the service anchors its quotes. */
    @POST
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode draft, @Context SecurityContext security, @Context UriInfo uri)
            throws JsonProcessingException {
        return CuratedWrite.post(writes, KIND, draft, security, uri, version);
    }

    /** Replaces a statement (If-Match) or creates it at this id (If-None-Match: *). */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, JsonNode draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context SecurityContext security,
            @Context UriInfo uri) throws JsonProcessingException {
        return CuratedWrite.put(writes, KIND, id, draft, ifMatch, ifNoneMatch, security, uri, version);
    }

    /**
     * Changes the fields a JSON Merge Patch names (If-Match); only its own media type is taken, since a plain JSON body
     * says nothing of null meaning "remove".
     */
    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.CURATOR, Roles.EDITOR})
    @Consumes(CuratedWrite.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, JsonNode patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) throws JsonProcessingException {
        return CuratedWrite.patch(writes, id, patch, ifMatch, security, version);
    }

    /** Deletes a statement (editors only); it stays as a tombstone, so its id is never reused. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return CuratedWrite.delete(writes, id, ifMatch, security, version);
    }

    /** The statement's changes, oldest first; a deleted statement keeps its history. */
    @GET
    @Path("/{id}/history")
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response history(@PathParam("id") String id, @BeanParam ChangeParams params) {
        return history.of(RecordType.STATEMENT, id, statements.stored(id).isPresent(), params);
    }
}
