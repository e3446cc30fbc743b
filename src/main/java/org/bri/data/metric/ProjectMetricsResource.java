package org.bri.data.metric;

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

/** One project's metrics, with every filter of the metric list but project. */
@Path("/api/v1/projects/{id}/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMetricsResource {

    private final MetricRepository metrics;
    private final ProjectRepository projects;
    private final Validator validator;

    ProjectMetricsResource(MetricRepository metrics, ProjectRepository projects, Validator validator) {
        this.metrics = metrics;
        this.projects = projects;
        this.validator = validator;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Shape.SPARSE, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@PathParam("id") String id, @BeanParam MetricParams params) {
        if (!projects.contains(id)) {
            throw new ResourceNotFoundException("project", id);
        }
        params.validate(validator);
        MetricRepository.Filter filter = params.filter(id);
        return params.respond(MetricResponse.class, order -> metrics.search(filter, order), MetricResponse::from,
                facet -> metrics.facet(filter, facet));
    }
}
