package org.bri.data.metric;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Figures grouped by year, country, project, theme or source and combined into one value per group. */
// A literal path: JAX-RS matches it before the metric list's /{id}, and the ids it may not take are refused as such.
@Path("/api/v1/metrics/aggregate")
@Produces(MediaType.APPLICATION_JSON)
public class MetricAggregateResource {

    /** The last segment of this path, which no metric may take as its id. */
    public static final String RESERVED_ID = "aggregate";

    private final MetricAggregate aggregate;

    MetricAggregateResource(MetricAggregate aggregate) {
        this.aggregate = aggregate;
    }

    @GET
    public AggregateResponse aggregate(@Valid @BeanParam AggregateParams params) {
        return aggregate.aggregate(params);
    }
}
