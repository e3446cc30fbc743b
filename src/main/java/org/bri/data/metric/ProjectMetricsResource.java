package org.bri.data.metric;

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

/** One project's metrics, with every filter of the metric list but project. */
@Path("/api/v1/projects/{id}/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMetricsResource {

    private final MetricRepository metrics;
    private final ProjectRepository projects;
    private final ApiConfig config;

    ProjectMetricsResource(MetricRepository metrics, ProjectRepository projects, ApiConfig config) {
        this.metrics = metrics;
        this.projects = projects;
        this.config = config;
    }

    @GET
    public Response list(@PathParam("id") String id, @Valid @BeanParam MetricParams params, @Context UriInfo uri) {
        if (!projects.exists(id)) {
            throw new ResourceNotFoundException("project", id);
        }
        return Paged.respond(metrics.search(params.filter(id), params.sort()), params.page(config.paging()),
                MetricResponse::from, uri);
    }
}
