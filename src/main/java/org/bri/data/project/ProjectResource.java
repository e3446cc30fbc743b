package org.bri.data.project;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ResourceNotFoundException;

/** BRI projects: list with filters, search and sorting, and read one. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectRepository projects;

    ProjectResource(ProjectRepository projects) {
        this.projects = projects;
    }

    @GET
    public Response list(@Valid @BeanParam ProjectParams params) {
        return params.respond(projects.search(params.filter(), params.sort()), ProjectResponse::from);
    }

    @GET
    @Path("/{id}")
    public ProjectResponse get(@PathParam("id") String id) {
        return projects.findByIdOptional(id).map(ProjectResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("project", id));
    }
}
