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

/** Figures drawn from the sources: list with filters, search and sorting, and read one. */
@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final MetricQuery query;
    private final MetricRepository metrics;

    MetricResource(MetricQuery query, MetricRepository metrics) {
        this.query = query;
        this.metrics = metrics;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return query.list(uri, null);
    }

    @GET
    @Path("/{id}")
    public MetricResponse get(@PathParam("id") String id) {
        return metrics.findByIdOptional(id).map(MetricResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("metric", id));
    }
}
