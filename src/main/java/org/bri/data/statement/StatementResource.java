package org.bri.data.statement;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ResourceNotFoundException;

/** Statements reported by the sources: list with filters, search and sorting, and read one. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final StatementRepository statements;

    StatementResource(StatementRepository statements) {
        this.statements = statements;
    }

    @GET
    public Response list(@Valid @BeanParam StatementParams params) {
        return params.respond(statements.search(params.filter(null), params.sort()), StatementResponse::from);
    }

    @GET
    @Path("/{id}")
    public StatementResponse get(@PathParam("id") String id) {
        return statements.findByIdOptional(id).map(StatementResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("statement", id));
    }
}
