package org.bri.data.statement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.common.ResourceNotFoundException;

/** Statements reported by the sources: list with filters, search and sorting, and read one. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final StatementQuery query;
    private final StatementRepository statements;

    StatementResource(StatementQuery query, StatementRepository statements) {
        this.query = query;
        this.statements = statements;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return query.list(uri, null);
    }

    @GET
    @Path("/{id}")
    public StatementResponse get(@PathParam("id") String id) {
        return statements.findByIdOptional(id).map(StatementResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("statement", id));
    }
}
