package org.bri.data.metric;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ResourceNotFoundException;

/** Figures drawn from the sources: list with filters, search and sorting, and read one. */
@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final MetricRepository metrics;

    MetricResource(MetricRepository metrics) {
        this.metrics = metrics;
    }

    @GET
    public Response list(@Valid @BeanParam MetricParams params) {
        return params.respond(metrics.search(params.filter(null), params.sort()), MetricResponse::from);
    }

    @GET
    @Path("/{id}")
    public MetricResponse get(@PathParam("id") String id) {
        return metrics.findByIdOptional(id).map(MetricResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("metric", id));
    }
}
