package org.bri.data.metric;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.project.ProjectRepository;

/** The figures about one project, with the same filters as the metric list. */
@Path("/api/v1/projects/{id}/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMetricsResource {

    private final MetricQuery query;
    private final ProjectRepository projects;

    ProjectMetricsResource(MetricQuery query, ProjectRepository projects) {
        this.query = query;
        this.projects = projects;
    }

    @GET
    public Response list(@PathParam("id") String id, @Context UriInfo uri) {
        if (!projects.exists(id)) {
            throw new ResourceNotFoundException("project", id);
        }
        return query.list(uri, id);
    }
}
