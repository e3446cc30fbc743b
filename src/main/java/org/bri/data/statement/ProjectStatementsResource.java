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
import org.bri.data.project.ProjectRepository;

/** One project's statements, with every filter of the statement list but project. */
@Path("/api/v1/projects/{id}/statements")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectStatementsResource {

    private final StatementRepository statements;
    private final ProjectRepository projects;
    private final ApiConfig config;

    ProjectStatementsResource(StatementRepository statements, ProjectRepository projects, ApiConfig config) {
        this.statements = statements;
        this.projects = projects;
        this.config = config;
    }

    @GET
    public Response list(@PathParam("id") String id, @Valid @BeanParam StatementParams params, @Context UriInfo uri) {
        if (!projects.exists(id)) {
            throw new ResourceNotFoundException("project", id);
        }
        return Paged.respond(statements.search(params.filter(id), params.sort()), params.page(config.paging()),
                StatementResponse::from, uri);
    }
}
