package org.bri.data.statement;

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

/** Statements reported by the sources: list with filters, search and sorting, and read one. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final StatementRepository statements;
    private final ApiConfig config;

    StatementResource(StatementRepository statements, ApiConfig config) {
        this.statements = statements;
        this.config = config;
    }

    @GET
    public Response list(@Valid @BeanParam StatementParams params, @Context UriInfo uri) {
        return Paged.respond(statements.search(params.filter(null), params.sort()), params.page(config.paging()),
                StatementResponse::from, uri);
    }

    @GET
    @Path("/{id}")
    public StatementResponse get(@PathParam("id") String id) {
        return statements.findByIdOptional(id).map(StatementResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("statement", id));
    }
}
