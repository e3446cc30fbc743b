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

/** Figures drawn from the sources: list with filters, search and sorting, and read one. */
@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final MetricRepository metrics;
    private final ApiConfig config;

    MetricResource(MetricRepository metrics, ApiConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    @GET
    public Response list(@Valid @BeanParam MetricParams params, @Context UriInfo uri) {
        return Paged.respond(metrics.search(params.filter(null), params.sort()), params.page(config.paging()),
                MetricResponse::from, uri);
    }

    @GET
    @Path("/{id}")
    public MetricResponse get(@PathParam("id") String id) {
        return metrics.findByIdOptional(id).map(MetricResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("metric", id));
    }
}
