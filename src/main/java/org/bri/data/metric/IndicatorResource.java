package org.bri.data.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bri.data.common.ListFormat;
import org.bri.data.common.ListParams;

import io.quarkus.panache.common.Sort;

/** The indicators the figures use, each with its units, kinds, number of figures and span of time. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    /** How each sort field orders indicators, ascending. */
    private static final Map<String, Comparator<IndicatorResponse>> ORDERS = Map.of("id",
            Comparator.comparing(IndicatorResponse::id), "metrics",
            Comparator.comparingLong(IndicatorResponse::metrics),
            "earliest",
            Comparator.comparing(IndicatorResponse::earliest, Comparator.nullsLast(Comparator.naturalOrder())),
            "latest", Comparator.comparing(IndicatorResponse::latest, Comparator.nullsLast(Comparator.naturalOrder())));

    private final MetricRepository metrics;

    IndicatorResource(MetricRepository metrics) {
        this.metrics = metrics;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
    public Response list(@Valid @BeanParam Params params) {
        // One grouped query: a row per indicator, unit and kind, merged here.
        Map<String, List<Object[]>> rows = new TreeMap<>();
        for (Object[] row : metrics.indicators()) {
            rows.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row);
        }
        List<IndicatorResponse> all = new ArrayList<>();
        rows.forEach((id, its) -> all.add(IndicatorResponse.from(id, its)));
        all.sort(order(params.order().sort()));
        return params.respond(IndicatorResponse.class, all);
    }

    /** The requested order as a comparator; nulls last in either direction, as in the other lists. */
    private static Comparator<IndicatorResponse> order(Sort sort) {
        Comparator<IndicatorResponse> order = null;
        for (Sort.Column column : sort.getColumns()) {
            Comparator<IndicatorResponse> one = ORDERS.get(column.getName());
            if (column.getDirection() == Sort.Direction.Descending) {
                one = nullsLastReversed(column.getName());
            }
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }

    private static Comparator<IndicatorResponse> nullsLastReversed(String field) {
        return switch (field) {
            case "earliest" -> Comparator.comparing(IndicatorResponse::earliest,
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case "latest" -> Comparator.comparing(IndicatorResponse::latest,
                    Comparator.nullsLast(Comparator.reverseOrder()));
            default -> ORDERS.get(field).reversed();
        };
    }

    /** The query parameters of the indicator list: paging and sorting only. */
    public static class Params extends ListParams {

        public Params() {
            super("id", Map.of("id", "id", "metrics", "metrics", "earliest", "earliest", "latest", "latest"));
        }
    }
}
