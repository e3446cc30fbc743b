package org.bri.data.statement;

import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ListFormat;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.common.Shape;
import org.bri.data.project.ProjectRepository;

/** One project's statements, with every filter of the statement list but project. */
@Path("/api/v1/projects/{id}/statements")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectStatementsResource {

    private final StatementRepository statements;
    private final ProjectRepository projects;
    private final Validator validator;

    ProjectStatementsResource(StatementRepository statements, ProjectRepository projects, Validator validator) {
        this.statements = statements;
        this.projects = projects;
        this.validator = validator;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Shape.SPARSE, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@PathParam("id") String id, @BeanParam StatementParams params) {
        if (!projects.contains(id)) {
            throw new ResourceNotFoundException("project", id);
        }
        params.validate(validator);
        StatementRepository.Filter filter = params.filter(id);
        return params.respond(StatementResponse.class, order -> statements.search(filter, order),
                StatementResponse::from,
                facet -> statements.facet(filter, facet));
    }
}
